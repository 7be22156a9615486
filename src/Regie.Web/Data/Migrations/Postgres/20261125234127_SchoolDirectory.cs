using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SchoolDirectory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Schools_BoardId_City_Name_ArchivedAt_SearchText",
                table: "Schools");

            migrationBuilder.DropIndex(
                name: "IX_Schools_BoardId_LocationCode_ArchivedAt_SearchText",
                table: "Schools");

            migrationBuilder.DropIndex(
                name: "IX_Schools_BoardId_Name_ArchivedAt_SearchText",
                table: "Schools");

            migrationBuilder.DropIndex(
                name: "IX_Schools_BoardId_PupilCount_Name_ArchivedAt_SearchText",
                table: "Schools");

            migrationBuilder.DropIndex(
                name: "IX_Schools_BoardId_SearchText_ArchivedAt",
                table: "Schools");

            migrationBuilder.CreateTable(
                name: "ChangeStamps",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Value = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeStamps", x => new { x.Kind, x.OwnerId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Schools_BoardId",
                table: "Schools",
                column: "BoardId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChangeStamps");

            migrationBuilder.DropIndex(
                name: "IX_Schools_BoardId",
                table: "Schools");

            migrationBuilder.CreateIndex(
                name: "IX_Schools_BoardId_City_Name_ArchivedAt_SearchText",
                table: "Schools",
                columns: new[] { "BoardId", "City", "Name", "ArchivedAt", "SearchText" });

            migrationBuilder.CreateIndex(
                name: "IX_Schools_BoardId_LocationCode_ArchivedAt_SearchText",
                table: "Schools",
                columns: new[] { "BoardId", "LocationCode", "ArchivedAt", "SearchText" });

            migrationBuilder.CreateIndex(
                name: "IX_Schools_BoardId_Name_ArchivedAt_SearchText",
                table: "Schools",
                columns: new[] { "BoardId", "Name", "ArchivedAt", "SearchText" });

            migrationBuilder.CreateIndex(
                name: "IX_Schools_BoardId_PupilCount_Name_ArchivedAt_SearchText",
                table: "Schools",
                columns: new[] { "BoardId", "PupilCount", "Name", "ArchivedAt", "SearchText" });

            migrationBuilder.CreateIndex(
                name: "IX_Schools_BoardId_SearchText_ArchivedAt",
                table: "Schools",
                columns: new[] { "BoardId", "SearchText", "ArchivedAt" });
        }
    }
}
