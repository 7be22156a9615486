using Regie.Tests.Infrastructure;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Procurement;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Procurement.Projects;

public static class ProjectTestData
{
    /// <summary>A project in preparation, small enough for multiple quotes.</summary>
    public static async Task<ProcurementProject> CreateProjectAsync(this RegieApp app, Board board, Action<ProcurementProject>? setUp = null)
    {
        var project = new ProcurementProject
        {
            BoardId = board.Id, Reference = $"INK-2026-{TestData.Next():D3}", Title = $"Oefenomgeving rekenen {TestData.Next()}",
            Description = "Leerlingen oefenen rekenen op hun eigen niveau.", Category = PurchaseCategory.LearningMaterials,
            ProcedureStart = new DateOnly(2026, 3, 1), CreatedAt = DateTimeOffset.UtcNow,
            Estimate = [new EstimateLine(EstimateLineKind.Base, "Licenties", 0m, 1_000m, 36)],
        };
        setUp?.Invoke(project);
        await app.WithDbAsync(async db => { db.ProcurementProjects.Add(project); return await db.SaveChangesAsync(); }, board);
        return project;
    }

    public static async Task<(Supplier Supplier, AppUser User, HttpClient Client)> SupplierUserAsync(this RegieApp app, string? name = null)
    {
        var supplier = await app.CreateOrganizationAsync(new Supplier { Name = name ?? $"Uitgeverij {TestData.Next()}" });
        var user = await app.CreateUserAsync(supplier, Roles.Supplier);
        return (supplier, user, await app.LoginAsync(user.Email!));
    }

    /// <summary>Puts the project open for offers with the given suppliers invited, as publication leaves it.</summary>
    public static async Task<ProcurementProject> OpenProjectAsync(this RegieApp app, Board board, params Supplier[] invited)
    {
        var project = await app.CreateProjectAsync(board, p =>
        {
            p.Status = ProjectStatus.Open;
            p.QuestionsDeadline = DateTimeOffset.UtcNow.AddDays(10);
            p.OfferDeadline = DateTimeOffset.UtcNow.AddDays(20);
        });
        await app.WithDbAsync(async db =>
        {
            db.Requirements.Add(new Requirement { BoardId = board.Id, ProjectId = project.Id, Kind = RequirementKind.KnockOut, Code = "E1", Text = "Leerlingen kunnen thuis oefenen.", Order = 1 });
            db.Requirements.Add(new Requirement { BoardId = board.Id, ProjectId = project.Id, Kind = RequirementKind.Wish, Code = "W1", Text = "De leraar ziet de voortgang per leerling.", Weight = 10, Order = 2 });
            foreach (var supplier in invited)
                db.ProjectSuppliers.Add(new ProjectSupplier
                {
                    BoardId = board.Id, ProjectId = project.Id, SupplierId = supplier.Id, SupplierName = supplier.Name,
                    Status = InvitationStatus.Invited, InvitedAt = DateTimeOffset.UtcNow,
                });
            return await db.SaveChangesAsync();
        }, board);
        return project;
    }

    public static async Task<CatalogItem> PublishedItemAsync(this RegieApp app, Supplier supplier, ItemKind kind = ItemKind.Software, string? title = null)
    {
        var item = new CatalogItem
        {
            SupplierId = supplier.Id, SupplierName = supplier.Name, SupplierReference = $"R-{TestData.Next()}", Title = title ?? $"Rekenroute {TestData.Next()}",
            Summary = "Adaptief oefenen", Description = "d", Kind = kind, Sectors = SchoolSectors.Po, PriceExclVat = 5m,
            Compliance = new ComplianceFacts { DataLocation = DataLocation.EuEea },
        };
        Assert.Empty(item.Publish(DateTimeOffset.UtcNow));
        await app.WithDbAsync(async db => { db.CatalogItems.Add(item); return await db.SaveChangesAsync(); });
        return item;
    }

    public static string V(int version) => version.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
