using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Istmo.Data.Migrations.Sqlite.Migrations
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
