using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Market.Items;

public sealed record FactLine(ComplianceFact Fact, string Label, string Value, bool Verified, string? Link = null, string? LinkText = null);

/// <summary>Each compliance fact as one readable line, the way the item page, the portal and the verification page show it.</summary>
public static class ComplianceView
{
    public static IReadOnlyList<FactLine> Lines(ComplianceFacts c) =>
        Enum.GetValues<ComplianceFact>().Select(f => Line(c, f)).ToList();

    public static FactLine Line(ComplianceFacts c, ComplianceFact fact)
    {
        var (value, link, linkText) = fact switch
        {
            ComplianceFact.PrivacyCovenant => (YesNo(c.PrivacyCovenantSigned, "Ondertekend", "Niet ondertekend"), null, null),
            ComplianceFact.ProcessingAgreement => (YesNo(c.ProcessingAgreementAvailable, "Beschikbaar", "Niet beschikbaar"), null, null),
            ComplianceFact.PrivacySheet => (YesNo(c.PrivacySheet is not null, "Beschikbaar", "Niet beschikbaar"), c.PrivacySheet?.Url, "Privacybijsluiter openen"),
            ComplianceFact.EckId => (YesNo(c.EckIdSupported, "Ondersteund", "Niet ondersteund"), null, null),
            ComplianceFact.Uwlr => (YesNo(c.UwlrSupported, "Ondersteund", "Niet ondersteund"), null, null),
            ComplianceFact.SingleSignOn => (List(Flags.Split(c.SingleSignOn).Select(o => Enums.Label(o)), "Geen"), null, null),
            ComplianceFact.Lti => (YesNo(c.LtiSupported, "Ondersteund", "Niet ondersteund"), null, null),
            ComplianceFact.DataExport => (List(c.ExportFormats, "Niet opgegeven"), null, null),
            ComplianceFact.Accessibility => (Enums.Label(c.Accessibility), c.AccessibilityStatementUrl, "Toegankelijkheidsverklaring"),
            ComplianceFact.DataLocation => (Enums.Label(c.DataLocation), null, null),
            ComplianceFact.Certifications => (List(c.Certifications.Select(CodeLists.CertificationLabel), "Geen"), null, null),
            _ => ("–", null, null),
        };
        return new FactLine(fact, Enums.Label(fact), value, c.IsVerified(fact), SafeUrl(link), linkText);
    }

    /// <summary>The facts an item states that the platform has not checked yet: what the verification queue is about.</summary>
    public static IReadOnlyList<ComplianceFact> Unverified(ComplianceFacts c) =>
        Enum.GetValues<ComplianceFact>().Where(f => c.Has(f) && !c.IsVerified(f)).ToList();

    /// <summary>Only web addresses become links: a stored "javascript:" address must never be clickable.</summary>
    public static string? SafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;

    private static string YesNo(bool value, string yes, string no) => value ? yes : no;
    private static string List(IEnumerable<string> values, string none) => values.ToList() is { Count: > 0 } list ? string.Join(", ", list) : none;
}
