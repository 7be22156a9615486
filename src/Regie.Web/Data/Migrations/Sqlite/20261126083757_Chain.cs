using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Chain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ContextId",
                table: "ImportJobs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DataAccessEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BoardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CatalogItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordCount = table.Column<int>(type: "INTEGER", nullable: false),
                    PupilCount = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataAccessEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LearningTests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BoardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CatalogItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TestCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    PartCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GoalCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    MinScore = table.Column<double>(type: "REAL", nullable: false),
                    MaxScore = table.Column<double>(type: "REAL", nullable: false),
                    NormScore = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningTests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProcessingAgreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BoardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CatalogItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModelVersion = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DataCategories = table.Column<int>(type: "INTEGER", nullable: false),
                    AllowsEckId = table.Column<bool>(type: "INTEGER", nullable: false),
                    Purposes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PersonalDataCategories = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Subprocessors = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ProcessingCountries = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Retention = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SecurityMeasures = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    BreachNotification = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ArchivedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessingAgreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcessingAgreements_CatalogItems_CatalogItemId",
                        column: x => x.CatalogItemId,
                        principalTable: "CatalogItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProcessingAgreements_Organizations_BoardId",
                        column: x => x.BoardId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProcessingAgreements_Organizations_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PupilGroups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BoardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    YearGroup = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ArchivedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PupilGroups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PupilGroups_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ResultDeliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BoardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CatalogItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Format = table.Column<int>(type: "INTEGER", nullable: false),
                    ResultCount = table.Column<int>(type: "INTEGER", nullable: false),
                    PupilCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivedVia = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResultDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResultDeliveries_Organizations_BoardId",
                        column: x => x.BoardId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SchoolAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BoardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchoolAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SchoolAssignments_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SchoolAssignments_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SharingRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BoardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CatalogItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Fields = table.Column<int>(type: "INTEGER", nullable: false),
                    UseEckId = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ArchivedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharingRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SharingRules_CatalogItems_CatalogItemId",
                        column: x => x.CatalogItemId,
                        principalTable: "CatalogItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SharingRules_Organizations_BoardId",
                        column: x => x.BoardId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SharingRules_Organizations_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GroupTeachers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BoardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupTeachers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GroupTeachers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GroupTeachers_PupilGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "PupilGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Pupils",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BoardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PupilNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GivenName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FamilyNamePrefix = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    FamilyName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    YearGroup = table.Column<int>(type: "INTEGER", nullable: true),
                    NumberKind = table.Column<int>(type: "INTEGER", nullable: false),
                    NumberLookup = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FirstLevelHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EckIdSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    EckIdLookup = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ArchivedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pupils", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Pupils_Organizations_BoardId",
                        column: x => x.BoardId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Pupils_PupilGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "PupilGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Pupils_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SharingScopes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BoardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RuleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharingScopes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SharingScopes_PupilGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "PupilGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SharingScopes_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SharingScopes_SharingRules_RuleId",
                        column: x => x.RuleId,
                        principalTable: "SharingRules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IssuedPseudonyms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BoardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PupilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    KeyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    FirstSharedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LastSharedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuedPseudonyms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IssuedPseudonyms_Organizations_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IssuedPseudonyms_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LearningResults",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BoardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PupilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CatalogItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeliveryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResultKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TestCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    TestPartCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    GoalCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    TakenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    MinutesSpent = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningResults_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LearningResults_ResultDeliveries_DeliveryId",
                        column: x => x.DeliveryId,
                        principalTable: "ResultDeliveries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImportJobs_ContextId_Kind_Status",
                table: "ImportJobs",
                columns: new[] { "ContextId", "Kind", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_DataAccessEntries_BoardId_SupplierId",
                table: "DataAccessEntries",
                columns: new[] { "BoardId", "SupplierId" });

            migrationBuilder.CreateIndex(
                name: "IX_DataAccessEntries_SchoolId_At",
                table: "DataAccessEntries",
                columns: new[] { "SchoolId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_GroupTeachers_BoardId_UserId",
                table: "GroupTeachers",
                columns: new[] { "BoardId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_GroupTeachers_GroupId_UserId",
                table: "GroupTeachers",
                columns: new[] { "GroupId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GroupTeachers_UserId",
                table: "GroupTeachers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedPseudonyms_BoardId",
                table: "IssuedPseudonyms",
                column: "BoardId");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedPseudonyms_PupilId_SupplierId",
                table: "IssuedPseudonyms",
                columns: new[] { "PupilId", "SupplierId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IssuedPseudonyms_SupplierId_Value",
                table: "IssuedPseudonyms",
                columns: new[] { "SupplierId", "Value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LearningResults_DeliveryId",
                table: "LearningResults",
                column: "DeliveryId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningResults_GroupId_TakenOn",
                table: "LearningResults",
                columns: new[] { "GroupId", "TakenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningResults_PupilId_TakenOn",
                table: "LearningResults",
                columns: new[] { "PupilId", "TakenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningResults_SchoolId_TakenOn",
                table: "LearningResults",
                columns: new[] { "SchoolId", "TakenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningResults_SupplierId_ResultKey",
                table: "LearningResults",
                columns: new[] { "SupplierId", "ResultKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LearningTests_BoardId_SupplierId_CatalogItemId_TestCode_PartCode",
                table: "LearningTests",
                columns: new[] { "BoardId", "SupplierId", "CatalogItemId", "TestCode", "PartCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingAgreements_BoardId_SupplierId",
                table: "ProcessingAgreements",
                columns: new[] { "BoardId", "SupplierId" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingAgreements_CatalogItemId",
                table: "ProcessingAgreements",
                column: "CatalogItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingAgreements_SupplierId",
                table: "ProcessingAgreements",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_PupilGroups_BoardId",
                table: "PupilGroups",
                column: "BoardId");

            migrationBuilder.CreateIndex(
                name: "IX_PupilGroups_SchoolId_Key",
                table: "PupilGroups",
                columns: new[] { "SchoolId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Pupils_BoardId_EckIdLookup",
                table: "Pupils",
                columns: new[] { "BoardId", "EckIdLookup" });

            migrationBuilder.CreateIndex(
                name: "IX_Pupils_BoardId_NumberLookup",
                table: "Pupils",
                columns: new[] { "BoardId", "NumberLookup" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Pupils_GroupId",
                table: "Pupils",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_Pupils_SchoolId_ArchivedAt_FamilyName",
                table: "Pupils",
                columns: new[] { "SchoolId", "ArchivedAt", "FamilyName" });

            migrationBuilder.CreateIndex(
                name: "IX_ResultDeliveries_BoardId_SupplierId",
                table: "ResultDeliveries",
                columns: new[] { "BoardId", "SupplierId" });

            migrationBuilder.CreateIndex(
                name: "IX_ResultDeliveries_SupplierId_ContentHash",
                table: "ResultDeliveries",
                columns: new[] { "SupplierId", "ContentHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SchoolAssignments_BoardId_UserId",
                table: "SchoolAssignments",
                columns: new[] { "BoardId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_SchoolAssignments_SchoolId_UserId_Kind",
                table: "SchoolAssignments",
                columns: new[] { "SchoolId", "UserId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SchoolAssignments_UserId",
                table: "SchoolAssignments",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_SharingRules_BoardId_SupplierId_CatalogItemId",
                table: "SharingRules",
                columns: new[] { "BoardId", "SupplierId", "CatalogItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_SharingRules_CatalogItemId",
                table: "SharingRules",
                column: "CatalogItemId");

            migrationBuilder.CreateIndex(
                name: "IX_SharingRules_SupplierId_ArchivedAt",
                table: "SharingRules",
                columns: new[] { "SupplierId", "ArchivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SharingScopes_GroupId",
                table: "SharingScopes",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_SharingScopes_RuleId_SchoolId_GroupId",
                table: "SharingScopes",
                columns: new[] { "RuleId", "SchoolId", "GroupId" });

            migrationBuilder.CreateIndex(
                name: "IX_SharingScopes_SchoolId",
                table: "SharingScopes",
                column: "SchoolId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataAccessEntries");

            migrationBuilder.DropTable(
                name: "GroupTeachers");

            migrationBuilder.DropTable(
                name: "IssuedPseudonyms");

            migrationBuilder.DropTable(
                name: "LearningResults");

            migrationBuilder.DropTable(
                name: "LearningTests");

            migrationBuilder.DropTable(
                name: "ProcessingAgreements");

            migrationBuilder.DropTable(
                name: "SchoolAssignments");

            migrationBuilder.DropTable(
                name: "SharingScopes");

            migrationBuilder.DropTable(
                name: "Pupils");

            migrationBuilder.DropTable(
                name: "ResultDeliveries");

            migrationBuilder.DropTable(
                name: "SharingRules");

            migrationBuilder.DropTable(
                name: "PupilGroups");

            migrationBuilder.DropIndex(
                name: "IX_ImportJobs_ContextId_Kind_Status",
                table: "ImportJobs");

            migrationBuilder.DropColumn(
                name: "ContextId",
                table: "ImportJobs");
        }
    }
}
