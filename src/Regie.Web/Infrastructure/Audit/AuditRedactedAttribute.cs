namespace Regie.Web.Infrastructure.Audit;

/// <summary>A personal or derived value (a pupil's date of birth, a lookup hash) whose change is audited without the values.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AuditRedactedAttribute : Attribute
{
    public const string Marker = "(afgeschermd)";
}
