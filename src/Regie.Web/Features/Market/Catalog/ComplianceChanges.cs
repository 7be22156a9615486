using System.Text.Json;

namespace Regie.Web.Features.Market.Catalog;

/// <summary>Which compliance facts changed value, so a verification only covers what the platform actually checked.</summary>
public static class ComplianceChanges
{
    /// <summary>The new facts, keeping the verification of every fact whose value stayed the same.</summary>
    public static ComplianceFacts KeepVerifiedUnchanged(ComplianceFacts before, ComplianceFacts after)
    {
        var kept = before.Verified.Where(f => Value(before, f) == Value(after, f)).Distinct().ToList();
        return after with
        {
            Verified = kept,
            VerifiedAt = kept.Count == 0 ? null : before.VerifiedAt,
            VerifiedBy = kept.Count == 0 ? null : before.VerifiedBy,
        };
    }

    /// <summary>The part of the facts one verification covers, as comparable text.</summary>
    public static string Value(ComplianceFacts c, ComplianceFact fact) => fact switch
    {
        ComplianceFact.PrivacyCovenant => Json(c.PrivacyCovenantSigned),
        ComplianceFact.ProcessingAgreement => Json(c.ProcessingAgreementAvailable),
        ComplianceFact.PrivacySheet => Json(c.PrivacySheet),
        ComplianceFact.EckId => Json(c.EckIdSupported),
        ComplianceFact.Uwlr => Json(c.UwlrSupported),
        ComplianceFact.SingleSignOn => Json(c.SingleSignOn),
        ComplianceFact.Lti => Json(c.LtiSupported),
        ComplianceFact.DataExport => Json(c.ExportFormats.Order(StringComparer.OrdinalIgnoreCase)),
        ComplianceFact.Accessibility => Json(new { c.Accessibility, c.AccessibilityStatementUrl }),
        ComplianceFact.DataLocation => Json(c.DataLocation),
        ComplianceFact.Certifications => Json(c.Certifications.Order(StringComparer.Ordinal)),
        _ => "",
    };

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
