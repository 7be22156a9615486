using Regie.Web.Data;
using Regie.Web.Features.Schools;

namespace Regie.Web.Features.Needs;

/// <summary>The sentence so far and the solution words found in it, for the live check under the story.</summary>
public sealed record StoryCheck(string Sentence, IReadOnlyList<SolutionWordHit> Hits);

public static class NeedForm
{
    /// <summary>The board's active schools, plus any archived school the need already concerns.</summary>
    public static IReadOnlyList<SchoolListItem> SchoolChoices(SchoolListing listing, IReadOnlyCollection<Guid> linked) =>
        listing.Find(new() { Status = "alle" }).Where(s => s.ArchivedAt is null || linked.Contains(s.Id)).ToList();

    public static async Task<IReadOnlyList<SchoolListItem>> SchoolChoicesAsync(RegieDbContext db, SchoolDirectory directory, IReadOnlyCollection<Guid> linked, CancellationToken ct) =>
        SchoolChoices(await directory.ForCurrentBoardAsync(db, ct), linked);
}
