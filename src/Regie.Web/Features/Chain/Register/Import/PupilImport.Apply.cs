using System.Text;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Infrastructure.Import;

namespace Regie.Web.Features.Chain.Register.Import;

public sealed partial class PupilImport
{
    /// <summary>Rows per database query: lookups go in batches, never one query per pupil.</summary>
    private const int Batch = 1000;

    private sealed record KnownPupil(Guid Id, string NumberLookup, Guid SchoolId, DateTimeOffset? ArchivedAt);

    protected override async Task<IReadOnlyList<ImportRowError>> CheckSetAsync(IReadOnlyList<(int Line, PupilRow Row)> rows, ImportRun run, CancellationToken ct)
    {
        var errors = new List<ImportRowError>();
        Duplicates(rows, r => r.NumberLookup, "Hetzelfde BSN of onderwijsnummer staat ook op regel {0}.", errors);
        Duplicates(rows, r => r.PupilNumber.ToUpperInvariant(), "Leerlingnummer {1} staat ook op regel {0}.", errors);
        Duplicates(rows.Where(r => r.Row.EckIdLookup is not null).ToList(), r => r.EckIdLookup!, "Hetzelfde ECK iD staat ook op regel {0}.", errors);

        var known = await KnownAsync(rows.Select(r => r.Row.NumberLookup).ToList(), run, ct);
        var eckIds = rows.Select(r => r.Row.EckIdLookup).OfType<string>().ToList();
        var eckIdOwners = new Dictionary<string, string>();
        foreach (var chunk in eckIds.Chunk(Batch))
            foreach (var owner in await run.Db.Pupils.AsNoTracking().Where(p => p.EckIdLookup != null && chunk.Contains(p.EckIdLookup))
                         .Select(p => new { p.EckIdLookup, p.NumberLookup }).ToListAsync(ct))
                eckIdOwners.TryAdd(owner.EckIdLookup!, owner.NumberLookup);

        var moving = new List<int>();
        int fresh = 0, same = 0, returning = 0;
        foreach (var (line, row) in rows)
        {
            if (row.EckIdLookup is not null && eckIdOwners.TryGetValue(row.EckIdLookup, out var owner) && owner != row.NumberLookup)
                errors.Add(new(line, "Het ECK iD hoort in Regie al bij een andere leerling van het bestuur."));
            row.Status = !known.TryGetValue(row.NumberLookup, out var pupil) ? PupilRowStatus.New
                : pupil.SchoolId != _school!.Id ? PupilRowStatus.Moves
                : pupil.ArchivedAt is not null ? PupilRowStatus.Returns
                : PupilRowStatus.Known;
            switch (row.Status)
            {
                case PupilRowStatus.New: fresh++; break;
                case PupilRowStatus.Moves: moving.Add(line); break;
                case PupilRowStatus.Returns: returning++; break;
                default: same++; break;
            }
        }
        var inFile = rows.Select(r => r.Row.NumberLookup).ToHashSet();
        var archived = (await run.Db.Pupils.AsNoTracking().Where(p => p.SchoolId == _school!.Id && p.ArchivedAt == null)
            .Select(p => p.NumberLookup).ToListAsync(ct)).Count(l => !inFile.Contains(l));
        _summary = (fresh, same, returning, archived, moving);
        return errors;
    }

    protected override async Task ApplyAsync(IReadOnlyList<PupilRow> rows, ImportRun run, Action<int> rowsApplied, CancellationToken ct)
    {
        var school = _school!;
        var now = run.Clock.GetUtcNow();
        var known = new Dictionary<string, Pupil>(StringComparer.Ordinal);
        foreach (var chunk in rows.Select(r => r.NumberLookup).Chunk(Batch))
            foreach (var pupil in await run.Db.Pupils.Where(p => chunk.Contains(p.NumberLookup)).ToListAsync(ct))
                known[pupil.NumberLookup] = pupil;

        // scrypt only for pupils Regie has not seen: about a second each at the standard cost, spread over every core.
        var fresh = rows.Where(r => !known.ContainsKey(r.NumberLookup)).ToList();
        var hashes = hasher.HashAll(fresh.Select(r => r.Number).ToList(), done => run.ReportProgress(done, fresh.Count), ct);
        RegisterMetrics.FirstLevelHashes.Add(fresh.Count, new KeyValuePair<string, object?>("board", run.OrganizationId));
        for (var i = 0; i < fresh.Count; i++)
        {
            var pupil = new Pupil
            {
                BoardId = run.OrganizationId, SchoolId = school.Id, NumberKind = fresh[i].Kind,
                NumberLookup = fresh[i].NumberLookup, FirstLevelHash = hashes[i],
            };
            run.Db.Pupils.Add(pupil);
            known[pupil.NumberLookup] = pupil;
        }

        var groups = await ApplyGroupsAsync(rows, school.Id, run, now, ct);
        var applied = 0;
        foreach (var row in rows)
        {
            var pupil = known[row.NumberLookup];
            pupil.SchoolId = school.Id;
            pupil.GroupId = groups[row.GroupKey].Id;
            pupil.PupilNumber = row.PupilNumber;
            pupil.GivenName = row.GivenName;
            pupil.FamilyNamePrefix = row.Prefix;
            pupil.FamilyName = row.FamilyName;
            pupil.DateOfBirth = row.DateOfBirth ?? pupil.DateOfBirth;
            pupil.YearGroup = row.YearGroup ?? groups[row.GroupKey].YearGroup;
            pupil.NumberKind = row.Kind;
            if (row.EckIdLookup is not null && pupil.EckIdLookup != row.EckIdLookup)
            {
                pupil.EckIdSealed = sealer.Seal(Encoding.UTF8.GetBytes(row.EckId!), Pupil.SealContext(pupil.Id));
                pupil.EckIdLookup = row.EckIdLookup;
            }
            if (pupil.ArchivedAt is not null) pupil.Restore();
            if (++applied % 100 == 0) rowsApplied(applied);
        }

        var inFile = rows.Select(r => r.NumberLookup).ToHashSet();
        foreach (var gone in await run.Db.Pupils.Where(p => p.SchoolId == school.Id && p.ArchivedAt == null).ToListAsync(ct))
            if (!inFile.Contains(gone.NumberLookup)) gone.Archive(now);
        rowsApplied(applied);
    }

    /// <summary>Adds new groups, renames known ones and archives the groups no longer in the export.</summary>
    private static async Task<Dictionary<string, PupilGroup>> ApplyGroupsAsync(
        IReadOnlyList<PupilRow> rows, Guid schoolId, ImportRun run, DateTimeOffset now, CancellationToken ct)
    {
        var groups = await run.Db.PupilGroups.Where(g => g.SchoolId == schoolId).ToDictionaryAsync(g => g.Key, StringComparer.Ordinal, ct);
        foreach (var inFile in rows.GroupBy(r => r.GroupKey, StringComparer.Ordinal))
        {
            if (!groups.TryGetValue(inFile.Key, out var group))
            {
                group = new PupilGroup { BoardId = run.OrganizationId, SchoolId = schoolId, Key = inFile.Key };
                run.Db.PupilGroups.Add(group);
                groups[inFile.Key] = group;
            }
            group.Name = inFile.Select(r => r.GroupName).FirstOrDefault(n => n is not null) ?? (group.Name.Length > 0 ? group.Name : inFile.Key);
            // A combination group (3/4) has pupils of two year groups and no single year group of its own.
            var years = inFile.Select(r => r.YearGroup).OfType<int>().Distinct().ToList();
            group.YearGroup = years.Count == 1 ? years[0] : years.Count > 1 ? null : group.YearGroup;
            if (group.ArchivedAt is not null) group.Restore();
        }
        var keys = rows.Select(r => r.GroupKey).ToHashSet(StringComparer.Ordinal);
        foreach (var group in groups.Values.Where(g => g.ArchivedAt is null && !keys.Contains(g.Key)))
            group.Archive(now);
        return groups;
    }

    private async Task<Dictionary<string, KnownPupil>> KnownAsync(List<string> lookups, ImportRun run, CancellationToken ct)
    {
        var known = new Dictionary<string, KnownPupil>(StringComparer.Ordinal);
        foreach (var chunk in lookups.Chunk(Batch))
            foreach (var pupil in await run.Db.Pupils.AsNoTracking().Where(p => chunk.Contains(p.NumberLookup))
                         .Select(p => new KnownPupil(p.Id, p.NumberLookup, p.SchoolId, p.ArchivedAt)).ToListAsync(ct))
                known[pupil.NumberLookup] = pupil;
        return known;
    }

    private static void Duplicates(IReadOnlyList<(int Line, PupilRow Row)> rows, Func<PupilRow, string> key, string message, List<ImportRowError> errors)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, row) in rows)
        {
            if (first.TryGetValue(key(row), out var earlier)) errors.Add(new(line, string.Format(System.Globalization.CultureInfo.InvariantCulture, message, earlier, row.PupilNumber)));
            else first[key(row)] = line;
        }
    }
}
