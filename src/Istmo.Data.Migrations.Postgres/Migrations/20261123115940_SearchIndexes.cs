using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Istmo.Data.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_registry_search_tokens_EntityId",
                table: "registry_search_tokens");

            migrationBuilder.DropIndex(
                name: "IX_registry_entities_MergedIntoId",
                table: "registry_entities");

            migrationBuilder.AlterColumn<string>(
                name: "Token",
                table: "registry_search_tokens",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.CreateIndex(
                name: "IX_registry_search_tokens_EntityId_Token",
                table: "registry_search_tokens",
                columns: new[] { "EntityId", "Token" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_registry_search_tokens_EntityId_Token",
                table: "registry_search_tokens");

            migrationBuilder.AlterColumn<string>(
                name: "Token",
                table: "registry_search_tokens",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64,
                oldCollation: "C");

            migrationBuilder.CreateIndex(
                name: "IX_registry_search_tokens_EntityId",
                table: "registry_search_tokens",
                column: "EntityId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_entities_MergedIntoId",
                table: "registry_entities",
                column: "MergedIntoId");
        }
    }
}
