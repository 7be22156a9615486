using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Web.Infrastructure.Web;

/// <summary>A menu item, shown to users who pass <see cref="Policy"/> and — when set — do not pass <see cref="UnlessPolicy"/> (they reach the page through a broader item).</summary>
public sealed record NavItem(string Label, string Page, string? Policy, string? UnlessPolicy = null);

/// <summary>The main menu. An item shows only when the user passes its page's policy, so no menu item leads to a refusal.</summary>
public sealed class Navigation(IAuthorizationService authorization)
{
    public static readonly IReadOnlyList<NavItem> Items =
    [
        new("Start", "/Index", null),
        new("Behoeften", "/Needs/Index", Capabilities.RecordNeeds),
        new("Werkgroepen", "/Needs/WorkingGroups/Index", Capabilities.RecordNeeds),
        new("Initiatieven", "/Collaboration/Index", Capabilities.ViewInitiatives),
        new("Markt", "/Market/Index", Capabilities.BrowseMarket),
        new("In gebruik", "/Market/InUse/Index", Capabilities.ViewItemsInUse),
        new("Inkoop", "/Procurement/Index", Capabilities.ViewProcurement),
        new("Inkoopbeleid", "/Procurement/Policy/Index", Capabilities.ViewProcurementPolicy, Capabilities.ViewProcurement),
        new("Leerresultaten", "/Chain/Dashboard/Index", Capabilities.ViewLearningResults, Capabilities.ViewChain),
        new("Leerlinggegevens", "/Chain/Index", Capabilities.ViewChain),
        new("Mijn aanbod", "/Market/Portal/Index", Capabilities.ManageCatalog),
        new("Ervaringen", "/Market/Portal/Reviews", Capabilities.ManageCatalog),
        new("Aanbestedingen", "/Procurement/Tenders/Index", Capabilities.RespondToTenders),
        new("API-sleutels", "/Market/Portal/ApiKeys", Capabilities.ManageApiKeys),
        new("Moderatie", "/Market/Moderation/Index", Capabilities.ModerateMarket),
        new("Erkenning", "/Market/Recognition/Index", Capabilities.AssessRecognition),
        new("Drempelbedragen", "/Procurement/Thresholds/Index", Capabilities.ManageTenderThresholds),
        new("Pseudoniemsleutels", "/Chain/Keys/Index", Capabilities.ManagePseudonymKeys),
        new("Gedeelde behoeften", "/Needs/Shared/Index", Capabilities.BundleNeeds),
        new("Bundelvoorstellen", "/Needs/Proposals/Index", Capabilities.BundleNeeds),
        new("Scholen", "/Schools/Index", Capabilities.ViewSchools),
        new("Aangesloten besturen", "/Cooperative/Members", Capabilities.ViewCooperativeMembers),
        new("Besturen en scholen", "/Sector/Boards", Capabilities.ViewSectorOverview),
        new("Gebruikers", "/Users/Index", Capabilities.ManageUsers),
        new("Organisatie", "/Organization/Profile", null),
    ];

    // Capabilities depend only on the organization kind and the roles (see CapabilityHandler), so a menu is worked out
    // once per combination instead of evaluating every policy on every page.
    private static readonly ConcurrentDictionary<string, IReadOnlyList<NavItem>> Menus = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<NavItem>> ForAsync(ClaimsPrincipal user)
    {
        var key = MenuKey(user);
        if (key is not null && Menus.TryGetValue(key, out var known)) return known;
        var visible = new List<NavItem>();
        foreach (var item in Items)
            if ((item.Policy is null || (await authorization.AuthorizeAsync(user, item.Policy)).Succeeded)
                && (item.UnlessPolicy is null || !(await authorization.AuthorizeAsync(user, item.UnlessPolicy)).Succeeded))
                visible.Add(item);
        if (key is not null) Menus.TryAdd(key, visible);
        return visible;
    }

    private static string? MenuKey(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true
        ? string.Join('|', user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal)
            .Prepend(user.FindFirst(Tenancy.TenantContext.OrganizationKindClaim)?.Value ?? ""))
        : null;
}
