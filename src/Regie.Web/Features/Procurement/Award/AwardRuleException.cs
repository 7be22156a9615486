namespace Regie.Web.Features.Procurement.Award;

/// <summary>An evaluation or award step that is not allowed in the project's current state; the Dutch message is shown as is.</summary>
public sealed class AwardRuleException(string message) : InvalidOperationException(message);
