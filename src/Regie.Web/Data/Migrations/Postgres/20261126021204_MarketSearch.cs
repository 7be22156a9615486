using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MarketSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text search with PostgreSQL's Dutch configuration over the accent-free SearchText the app writes.
            migrationBuilder.Sql("""
                ALTER TABLE "CatalogItems" ADD "SearchVector" tsvector
                  GENERATED ALWAYS AS (to_tsvector('dutch'::regconfig, "SearchText")) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_CatalogItems_SearchVector" ON "CatalogItems" USING GIN ("SearchVector");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_CatalogItems_SearchVector";""");
            migrationBuilder.Sql("""ALTER TABLE "CatalogItems" DROP COLUMN IF EXISTS "SearchVector";""");
        }
    }
}
