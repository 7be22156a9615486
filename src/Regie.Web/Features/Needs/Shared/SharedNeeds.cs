using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Needs.Similarity;

namespace Regie.Web.Features.Needs.Shared;

public sealed record SharedNeed(Guid Id, Guid BoardId, string BoardLabel, string Story, string Want, string SoThat, Pillar Pillar, NeedPriority Priority, DateTimeOffset SharedAt);

/// <summary>A group Regie found, with the boards, schools and pupils behind it.</summary>
public sealed record NeedCluster(int Number, SimilarGroup Group, IReadOnlyList<SharedNeed> Needs, int Boards, int Schools, int Pupils)
{
    public string Title => Group.Words.Count == 0 ? $"Groep {Number}" : string.Join(", ", Group.Words.Take(3).Select(w => w.Word));
}

/// <summary>
/// What a cooperative may see of its member boards' needs: the ones they shared and did not archive. This is the
/// one read across boards in the needs module, so it bypasses the tenant filter and filters on membership itself.
/// </summary>
public sealed class SharedNeeds
{
    public const string HiddenBoardName = Cooperative.MembersModel.HiddenName;

    public required IReadOnlyList<SharedNeed> Needs { get; init; }
    /// <summary>Per shared need, its schools and their pupil counts.</summary>
    public required ILookup<Guid, (Guid SchoolId, int Pupils)> Schools { get; init; }

    public static async Task<SharedNeeds> LoadAsync(RegieDbContext db, Guid cooperativeId, CancellationToken ct)
    {
        var boards = await db.Boards.AsNoTracking()
            .Where(b => b.CooperativeId == cooperativeId)
            .Select(b => new { b.Id, b.Name, b.ShowNameToCooperative })
            .ToDictionaryAsync(b => b.Id, ct);
        var boardIds = boards.Keys.ToList();

        var needs = await db.Needs.IgnoreQueryFilters().AsNoTracking()
            .Where(n => boardIds.Contains(n.BoardId) && n.SharedAt != null && n.ArchivedAt == null)
            .Select(n => new { n.Id, n.BoardId, n.AsRole, n.Want, n.SoThat, n.Pillar, n.Priority, SharedAt = n.SharedAt!.Value })
            .ToListAsync(ct);
        var schools = await (
                from link in db.NeedSchools.IgnoreQueryFilters()
                join need in db.Needs.IgnoreQueryFilters() on link.NeedId equals need.Id
                join school in db.Schools.IgnoreQueryFilters() on link.SchoolId equals school.Id
                where boardIds.Contains(need.BoardId) && need.SharedAt != null && need.ArchivedAt == null && school.BoardId == need.BoardId
                select new { link.NeedId, school.Id, school.PupilCount })
            .ToListAsync(ct);

        return new SharedNeeds
        {
            Needs = needs.OrderBy(n => n.SharedAt).ThenBy(n => n.Id).Select(n => new SharedNeed(n.Id, n.BoardId, Label(boards[n.BoardId].Name, boards[n.BoardId].ShowNameToCooperative),
                $"Als {n.AsRole} wil ik {n.Want} zodat {n.SoThat}", n.Want, n.SoThat, n.Pillar, n.Priority, n.SharedAt)).ToList(),
            Schools = schools.ToLookup(s => s.NeedId, s => (s.Id, s.PupilCount ?? 0)),
        };
    }

    /// <summary>A board that chose not to show its name to the cooperative is shown with the same label as on the members page.</summary>
    public static string Label(string name, bool showName) => showName ? name : HiddenBoardName;

    /// <summary>Groups of similar needs of at least two boards, most boards first.</summary>
    public IReadOnlyList<NeedCluster> Clusters()
    {
        var byId = Needs.ToDictionary(n => n.Id);
        var groups = NeedGrouper.Group(Needs.Select(n => new SimilarityInput(n.Id, n.BoardId, n.Want + " " + n.SoThat)).ToList());
        return groups.Select((g, i) => Cluster(i + 1, g, g.NeedIds.Select(id => byId[id]).ToList())).ToList();
    }

    public NeedCluster Cluster(int number, SimilarGroup group, IReadOnlyList<SharedNeed> needs)
    {
        var schools = needs.SelectMany(n => Schools[n.Id]).DistinctBy(s => s.SchoolId).ToList();
        return new NeedCluster(number, group, needs, needs.Select(n => n.BoardId).Distinct().Count(), schools.Count, schools.Sum(s => s.Pupils));
    }
}
