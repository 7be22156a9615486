using Regie.Web.Infrastructure.Api;

namespace Regie.Web.Features.Market.Api;

/// <summary>The supplier's catalogue under /api/v1: a key only ever sees and changes its own organization's items.</summary>
public static class CatalogApi
{
    public static RouteGroupBuilder MapCatalogApi(this RouteGroupBuilder api)
    {
        var catalog = api.MapGroup("/catalog").WithTags("Aanbod").ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status429TooManyRequests);

        catalog.MapGet("/items", CatalogItemReads.ListAsync).RequireAuthorization(ApiPolicies.CatalogRead).WithName("ListCatalogItems")
            .WithSummary("Eigen items opvragen")
            .WithDescription("De items van uw organisatie, per pagina (page, pageSize tot 200), oudste wijziging eerst. " +
                             "Filter op status (concept, published, archived) en updatedSince om alleen wat sindsdien veranderde op te halen.");
        catalog.MapGet("/items/{id:guid}", CatalogItemReads.GetAsync).RequireAuthorization(ApiPolicies.CatalogRead).WithName("GetCatalogItem")
            .WithSummary("Eén item opvragen")
            .WithDescription("Het item met zijn versie (ook als ETag). Een item van een andere organisatie geeft 404.");
        catalog.MapPost("/items", CatalogItemWrites.CreateAsync).RequireAuthorization(ApiPolicies.CatalogWrite).WithName("CreateCatalogItem")
            .Accepts<Catalog.CatalogItemInput>("application/json")
            .WithSummary("Item toevoegen (concept)")
            .WithDescription("Maakt een nieuw item aan als concept. Bedragen als tekst: \"12,50\" of \"12.50\". Codes voor vakken, leerjaren, leerdoelen en certificeringen staan onder /api/v1/code-lists.");
        catalog.MapPut("/items/{id:guid}", CatalogItemWrites.UpdateAsync).RequireAuthorization(ApiPolicies.CatalogWrite).WithName("UpdateCatalogItem")
            .Accepts<Catalog.CatalogItemInput>("application/json")
            .WithSummary("Item wijzigen")
            .WithDescription("Vervangt alle velden. Stuur de versie mee: If-Match: \"<versie>\" (412 bij een nieuwere versie) of het veld version (409).");
        catalog.MapPost("/items/{id:guid}/publish", CatalogItemWrites.PublishAsync).RequireAuthorization(ApiPolicies.CatalogWrite).WithName("PublishCatalogItem")
            .WithSummary("Item publiceren")
            .WithDescription("Zet het item in de markt. Ontbreken verplichte velden, dan volgt 422 met die velden.");
        catalog.MapPost("/items/{id:guid}/withdraw", CatalogItemWrites.WithdrawAsync).RequireAuthorization(ApiPolicies.CatalogWrite).WithName("WithdrawCatalogItem")
            .WithSummary("Item terugtrekken")
            .WithDescription("Haalt het item uit de markt; het blijft als concept bewaard en te wijzigen.");
        catalog.MapDelete("/items/{id:guid}", CatalogItemWrites.ArchiveAsync).RequireAuthorization(ApiPolicies.CatalogWrite).WithName("ArchiveCatalogItem")
            .WithSummary("Item archiveren")
            .WithDescription("Archiveert het item: het verdwijnt uit de markt maar wordt nooit verwijderd, zodat ervaringen en geschiedenis blijven.");
        catalog.MapPost("/items/batch", CatalogItemBatch.UpsertAsync).RequireAuthorization(ApiPolicies.CatalogWrite).WithName("UpsertCatalogItems")
            .Accepts<CatalogBatch>("application/json")
            .WithSummary("Items in bulk toevoegen of wijzigen")
            .WithDescription($"Tot {CatalogItemBatch.MaxItems} items, gevonden op eigen code (supplierReference): bestaande worden gewijzigd, nieuwe als concept toegevoegd. " +
                             "Eén fout item en er wordt niets opgeslagen; de fouten noemen het item (items[3].title).");

        api.MapGet("/code-lists/{list}", CatalogItemReads.CodeList)
            .RequireAuthorization(ApiPolicies.CatalogRead).WithTags("Codelijsten").WithName("GetCodeList")
            .WithSummary("Codelijst opvragen")
            .WithDescription("De codes die een item kan gebruiken: subjects (vakken), levels (leerjaren), learning-goals (kerndoelen) of certifications.");
        return api;
    }
}
