using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CatalogWithoutStatusIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CatalogItems_Status_UpdatedAt",
                table: "CatalogItems");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_CatalogItems_Status_UpdatedAt",
                table: "CatalogItems",
                columns: new[] { "Status", "UpdatedAt" });
        }
    }
}
