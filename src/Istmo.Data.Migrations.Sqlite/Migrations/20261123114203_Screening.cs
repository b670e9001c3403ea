using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Istmo.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Screening : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "duplicate_clusters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberIds = table.Column<string>(type: "TEXT", nullable: false),
                    Scores = table.Column<string>(type: "TEXT", nullable: false),
                    MaxScore = table.Column<double>(type: "REAL", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    MergeRecordId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_duplicate_clusters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "merge_records",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClusterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SurvivorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MergedIds = table.Column<string>(type: "TEXT", nullable: false),
                    Details = table.Column<string>(type: "TEXT", nullable: false),
                    MergedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MergedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UndoneAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UndoneBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_merge_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "screening_alerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WatchlistEntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WatchlistId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", nullable: false),
                    ExplanationText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    AssignedTo = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_screening_alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "screening_checkpoints",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LastUpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_screening_checkpoints", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "watchlists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ListVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    EntryCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastFileHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_watchlists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "screening_alert_comments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AlertId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_screening_alert_comments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_screening_alert_comments_screening_alerts_AlertId",
                        column: x => x.AlertId,
                        principalTable: "screening_alerts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "watchlist_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WatchlistId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Schema = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Caption = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Names = table.Column<string>(type: "TEXT", nullable: false),
                    GivenNames = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PaternalSurname = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    MaternalSurname = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    BirthDate = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Nationalities = table.Column<string>(type: "TEXT", nullable: false),
                    DocumentNumbers = table.Column<string>(type: "TEXT", nullable: false),
                    Properties = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FirstSeenVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSeenVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Removed = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_watchlist_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_watchlist_entries_watchlists_WatchlistId",
                        column: x => x.WatchlistId,
                        principalTable: "watchlists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_duplicate_clusters_Status_CreatedAt",
                table: "duplicate_clusters",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_merge_records_SurvivorId",
                table: "merge_records",
                column: "SurvivorId");

            migrationBuilder.CreateIndex(
                name: "IX_screening_alert_comments_AlertId",
                table: "screening_alert_comments",
                column: "AlertId");

            migrationBuilder.CreateIndex(
                name: "IX_screening_alerts_PersonId_WatchlistEntryId",
                table: "screening_alerts",
                columns: new[] { "PersonId", "WatchlistEntryId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_screening_alerts_Status_CreatedAt",
                table: "screening_alerts",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_watchlist_entries_WatchlistId_Removed",
                table: "watchlist_entries",
                columns: new[] { "WatchlistId", "Removed" });

            migrationBuilder.CreateIndex(
                name: "IX_watchlist_entries_WatchlistId_SourceId",
                table: "watchlist_entries",
                columns: new[] { "WatchlistId", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_watchlists_Name",
                table: "watchlists",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "duplicate_clusters");

            migrationBuilder.DropTable(
                name: "merge_records");

            migrationBuilder.DropTable(
                name: "screening_alert_comments");

            migrationBuilder.DropTable(
                name: "screening_checkpoints");

            migrationBuilder.DropTable(
                name: "watchlist_entries");

            migrationBuilder.DropTable(
                name: "screening_alerts");

            migrationBuilder.DropTable(
                name: "watchlists");
        }
    }
}
