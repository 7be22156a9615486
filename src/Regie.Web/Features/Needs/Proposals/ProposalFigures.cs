using Regie.Web.Features.Needs.Shared;

namespace Regie.Web.Features.Needs.Proposals;

/// <summary>
/// What is behind a proposal now. Needs are read through <see cref="SharedNeeds"/>, so a need its board stopped
/// sharing or archived drops out of view; it is counted as withdrawn, never shown.
/// </summary>
public sealed record ProposalFigures(IReadOnlyList<SharedNeed> Needs, int Withdrawn, int Boards, int Schools, int Pupils)
{
    public static ProposalFigures For(IReadOnlyCollection<Guid> needIds, SharedNeeds shared)
    {
        var needs = shared.Needs.Where(n => needIds.Contains(n.Id)).ToList();
        var schools = needs.SelectMany(n => shared.Schools[n.Id]).DistinctBy(s => s.SchoolId).ToList();
        return new ProposalFigures(needs, needIds.Count - needs.Count, needs.Select(n => n.BoardId).Distinct().Count(), schools.Count, schools.Sum(s => s.Pupils));
    }
}
