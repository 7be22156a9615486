using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;

namespace Regie.Web.Features.Chain.Pseudonyms;

/// <summary>
/// Hands out the pseudonym a supplier knows each pupil by: the stored one when it was issued before (so it survives key
/// rotations), otherwise a new one derived under the current key and stored at once. Marks every pupil as shared now,
/// which answers "which suppliers received data about me".
/// </summary>
public sealed class PseudonymIssuer(RegieDbContext db, PseudonymService pseudonyms)
{
    public sealed record Candidate(Guid PupilId, string FirstLevelHash);

    /// <summary>The pseudonym per pupil id for this supplier; pupils without a usable first-level hash get none.</summary>
    public async Task<Dictionary<Guid, string>> IssueAsync(Guid boardId, Guid supplierId, IReadOnlyCollection<Candidate> pupils, DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            return await IssueOnceAsync(boardId, supplierId, pupils, now, ct);
        }
        catch (DbUpdateException)
        {
            // Another fetch issued some of the same pupils at the same moment; theirs are stored now, so read them.
            db.ChangeTracker.Clear();
            return await IssueOnceAsync(boardId, supplierId, pupils, now, ct);
        }
    }

    private async Task<Dictionary<Guid, string>> IssueOnceAsync(Guid boardId, Guid supplierId, IReadOnlyCollection<Candidate> pupils, DateTimeOffset now, CancellationToken ct)
    {
        var ids = pupils.Select(p => p.PupilId).ToList();
        var issued = await Issued(supplierId, ids).Select(p => new { p.PupilId, p.Value }).ToDictionaryAsync(p => p.PupilId, p => p.Value, ct);
        var fresh = new List<IssuedPseudonym>();
        foreach (var pupil in pupils)
        {
            if (issued.ContainsKey(pupil.PupilId) || !IsHash(pupil.FirstLevelHash)) continue;
            var (value, keyId) = pseudonyms.ForSupplier(pupil.FirstLevelHash, supplierId);
            fresh.Add(new IssuedPseudonym
            {
                BoardId = boardId, PupilId = pupil.PupilId, SupplierId = supplierId, Value = value, KeyId = keyId,
                IssuedAt = now, FirstSharedAt = now, LastSharedAt = now,
            });
            issued[pupil.PupilId] = value;
        }
        if (fresh.Count > 0)
        {
            db.IssuedPseudonyms.AddRange(fresh);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        await Issued(supplierId, ids).Where(p => p.FirstSharedAt == null).ExecuteUpdateAsync(s => s.SetProperty(p => p.FirstSharedAt, now), ct);
        await Issued(supplierId, ids).ExecuteUpdateAsync(s => s.SetProperty(p => p.LastSharedAt, now), ct);
        return issued;
    }

    private IQueryable<IssuedPseudonym> Issued(Guid supplierId, List<Guid> pupilIds) =>
        db.IssuedPseudonyms.IgnoreQueryFilters().Where(p => p.SupplierId == supplierId && EF.Parameter(pupilIds).Contains(p.PupilId));

    private static bool IsHash(string value) => value.Length == 64 && value.All(char.IsAsciiHexDigit);
}
