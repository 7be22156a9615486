using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;

namespace Regie.Web.Features.Chain.Access;

public sealed record PupilMatch(Guid Id, string Name, string PupilNumber, string SchoolName, string? GroupName, bool Archived);

/// <summary>Finds a pupil for a subject-access request by name or the school's own pupil number, only in the given schools.</summary>
public sealed class PupilSearch
{
    public const int MaxLength = 100;
    public const int MaxMatches = 25;

    public string? Term { get; private set; }
    public IReadOnlyList<PupilMatch>? Matches { get; private set; }

    public async Task RunAsync(RegieDbContext db, IReadOnlyDictionary<Guid, string> schools, string? term, ModelStateDictionary modelState, CancellationToken ct)
    {
        Term = term?.Trim();
        if (string.IsNullOrEmpty(Term))
        {
            modelState.AddModelError("Leerling", "Vul bij Leerling een naam of leerlingnummer in.");
            return;
        }
        if (Term.Length > MaxLength)
        {
            modelState.AddModelError("Leerling", $"Leerling mag hoogstens {MaxLength} tekens bevatten.");
            Term = Term[..MaxLength];
            return;
        }
        var ids = schools.Keys.ToList();
        var query = db.Pupils.AsNoTracking().Where(p => ids.Contains(p.SchoolId));
        var number = Term;
        foreach (var word in Term.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            query = query.Where(p => p.PupilNumber == number || p.GivenName.ToLower().Contains(word) || p.FamilyName.ToLower().Contains(word)
                                     || (p.FamilyNamePrefix != null && p.FamilyNamePrefix.ToLower().Contains(word)));
        var found = await query
            .OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName)
            .Take(MaxMatches + 1)
            .Select(p => new { p.Id, p.GivenName, p.FamilyNamePrefix, p.FamilyName, p.PupilNumber, p.SchoolId, p.GroupId, Archived = p.ArchivedAt != null })
            .ToListAsync(ct);
        var groupIds = found.Where(p => p.GroupId != null).Select(p => p.GroupId!.Value).Distinct().ToList();
        var groups = await db.PupilGroups.AsNoTracking().Where(g => groupIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name, ct);
        TooMany = found.Count > MaxMatches;
        Matches = found.Take(MaxMatches).Select(p => new PupilMatch(p.Id, Name(p.GivenName, p.FamilyNamePrefix, p.FamilyName),
                p.PupilNumber, schools.GetValueOrDefault(p.SchoolId, ""), p.GroupId is { } g ? groups.GetValueOrDefault(g) : null, p.Archived))
            .ToList();
    }

    public bool TooMany { get; private set; }

    public static string Name(params string?[] parts) => string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
