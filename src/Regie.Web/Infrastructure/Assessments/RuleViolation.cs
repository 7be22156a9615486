namespace Regie.Web.Infrastructure.Assessments;

/// <summary>
/// A broken rule in Dutch, with the part it concerns: "Criteria[2].Weight", "Scale", "OutcomeRules[0]", or a criterion key
/// for scores. Pages turn the part into the name of their form field.
/// </summary>
public sealed record RuleViolation(string Part, string Message);

/// <summary>A lifecycle step that is not allowed in the assessment's or set's current state; the message is Dutch and shown as is.</summary>
public sealed class AssessmentRuleException(string message) : InvalidOperationException(message);
