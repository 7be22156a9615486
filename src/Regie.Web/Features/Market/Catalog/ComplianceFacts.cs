namespace Regie.Web.Features.Market.Catalog;

/// <summary>
/// What a supplier states about privacy, standards and security. Each fact counts as "stated by the supplier"
/// until the platform verifies it; a change to a verified fact by the supplier drops its verification.
/// </summary>
public sealed record ComplianceFacts
{
    public bool PrivacyCovenantSigned { get; init; }
    public bool ProcessingAgreementAvailable { get; init; }
    public PrivacySheet? PrivacySheet { get; init; }
    public bool EckIdSupported { get; init; }
    public bool UwlrSupported { get; init; }
    public SingleSignOnOptions SingleSignOn { get; init; }
    public bool LtiSupported { get; init; }
    /// <summary>File formats a school can take its data away in, e.g. "CSV", "xAPI", "QTI".</summary>
    public List<string> ExportFormats { get; init; } = [];
    public WcagLevel Accessibility { get; init; }
    public string? AccessibilityStatementUrl { get; init; }
    public DataLocation DataLocation { get; init; }
    /// <summary>Codes from <see cref="CodeLists.Certifications"/>, e.g. "iso-27001", "nen-7510".</summary>
    public List<string> Certifications { get; init; } = [];
    /// <summary>What is known about the effect on learning, in the supplier's words, with sources.</summary>
    public string? EvidenceOfEffect { get; init; }
    /// <summary>The facts the platform checked; the rest is as stated by the supplier.</summary>
    public List<ComplianceFact> Verified { get; init; } = [];
    public DateTimeOffset? VerifiedAt { get; init; }
    public string? VerifiedBy { get; init; }

    public bool IsVerified(ComplianceFact fact) => Verified.Contains(fact);

    /// <summary>Whether the item meets a fact, as used by the search facets.</summary>
    public bool Has(ComplianceFact fact) => fact switch
    {
        ComplianceFact.PrivacyCovenant => PrivacyCovenantSigned,
        ComplianceFact.ProcessingAgreement => ProcessingAgreementAvailable,
        ComplianceFact.PrivacySheet => PrivacySheet is not null,
        ComplianceFact.EckId => EckIdSupported,
        ComplianceFact.Uwlr => UwlrSupported,
        ComplianceFact.SingleSignOn => SingleSignOn != SingleSignOnOptions.None,
        ComplianceFact.Lti => LtiSupported,
        ComplianceFact.DataExport => ExportFormats.Count > 0,
        ComplianceFact.Accessibility => Accessibility >= WcagLevel.AA,
        ComplianceFact.DataLocation => DataLocation == DataLocation.EuEea,
        ComplianceFact.Certifications => Certifications.Count > 0,
        _ => false,
    };
}

/// <summary>The privacy sheet (privacybijsluiter) as structured data.</summary>
public sealed record PrivacySheet
{
    /// <summary>Per data subject (e.g. "leerling", "leraar") the categories of personal data processed.</summary>
    public List<DataSubjectCategories> PersonalData { get; init; } = [];
    public List<string> Purposes { get; init; } = [];
    public string Retention { get; init; } = "";
    public List<SubProcessor> SubProcessors { get; init; } = [];
    public string ProcessingLocation { get; init; } = "";
    public List<string> SecurityCertifications { get; init; } = [];
    /// <summary>Hours within which the supplier reports a data breach to the school.</summary>
    public int? BreachNotificationHours { get; init; }
    public string? Url { get; init; }
}

public sealed record DataSubjectCategories(string Subject, List<string> Categories);

public sealed record SubProcessor(string Name, string Country, string? Purpose);
