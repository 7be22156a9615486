using Regie.Web.Features.Schools;

namespace Regie.Web.Features.Needs;

/// <summary>What the shared story form (_NeedFields) needs from the Create and Edit pages.</summary>
public interface INeedForm
{
    NeedInput Input { get; }
    IReadOnlyList<SchoolListItem> SchoolChoices { get; }
    IReadOnlyList<SolutionWordHit> Hits { get; }
}
