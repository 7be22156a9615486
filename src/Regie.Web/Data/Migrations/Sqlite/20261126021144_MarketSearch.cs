using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MarketSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text search over the Dutch stems the app writes into SearchStems (SQLite has no Dutch stemmer).
            // An external-content FTS5 table kept current by triggers, so every write path updates it.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "CatalogSearch" USING fts5("SearchStems", content='CatalogItems', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CatalogItems_SearchInsert" AFTER INSERT ON "CatalogItems" BEGIN
                  INSERT INTO "CatalogSearch"(rowid, "SearchStems") VALUES (new.rowid, new."SearchStems");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CatalogItems_SearchDelete" AFTER DELETE ON "CatalogItems" BEGIN
                  INSERT INTO "CatalogSearch"("CatalogSearch", rowid, "SearchStems") VALUES ('delete', old.rowid, old."SearchStems");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CatalogItems_SearchUpdate" AFTER UPDATE OF "SearchStems" ON "CatalogItems" BEGIN
                  INSERT INTO "CatalogSearch"("CatalogSearch", rowid, "SearchStems") VALUES ('delete', old.rowid, old."SearchStems");
                  INSERT INTO "CatalogSearch"(rowid, "SearchStems") VALUES (new.rowid, new."SearchStems");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogItems_SearchUpdate";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogItems_SearchDelete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogItems_SearchInsert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "CatalogSearch";""");
        }
    }
}
