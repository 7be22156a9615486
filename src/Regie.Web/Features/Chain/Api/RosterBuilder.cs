using System.Text;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Chain.Access;
using Regie.Web.Features.Chain.Pseudonyms;
using Regie.Web.Features.Chain.Register;
using Regie.Web.Infrastructure.Sealing;

namespace Regie.Web.Features.Chain.Api;

/// <summary>
/// Puts together the roster of a sharing rule: only the fields the rule shares, each pupil under the supplier's own
/// pseudonym (issued on the way) or under its ECK iD where the rule and its agreement allow that. Logs the fetch per school.
/// </summary>
public sealed class RosterBuilder(RegieDbContext db, PseudonymIssuer issuer, Sealer sealer, TimeProvider clock)
{
    public async Task<Roster> BuildAsync(SupplierRules.Access access, string actor, CancellationToken ct)
    {
        var rule = access.Rule;
        var scope = await RuleScope.LoadAsync(db, rule, ct);
        var useEckId = rule.UseEckId && access.Agreement.Agreement?.AllowsEckId == true;
        var pupils = await scope.Pupils(db).AsNoTracking().OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.SchoolId, p.GroupId, p.YearGroup, p.FirstLevelHash, EckIdSealed = useEckId ? p.EckIdSealed : null })
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        var pseudonyms = await issuer.IssueAsync(rule.BoardId, rule.SupplierId, pupils.Select(p => new PseudonymIssuer.Candidate(p.Id, p.FirstLevelHash)).ToList(), now, ct);

        var withGroup = rule.Fields.HasFlag(SharedFields.Group);
        var withYear = rule.Fields.HasFlag(SharedFields.YearGroup);
        var bySchool = pupils.ToLookup(p => p.SchoolId);
        var schools = new List<RosterSchool>();
        foreach (var school in scope.Schools.Values)
        {
            var groups = scope.Groups.Values.Where(g => g.SchoolId == school.Id).ToList();
            var shared = new List<RosterPupil>();
            foreach (var pupil in bySchool[school.Id])
            {
                var id = pupil.EckIdSealed is { } seal ? Encoding.UTF8.GetString(sealer.Open(seal, Pupil.SealContext(pupil.Id))) : pseudonyms.GetValueOrDefault(pupil.Id);
                if (id is null) continue;
                var group = pupil.GroupId is { } g ? scope.Groups.GetValueOrDefault(g) : null;
                shared.Add(new RosterPupil(id, withGroup ? group?.Key : null, withYear ? pupil.YearGroup ?? group?.YearGroup : null));
            }
            schools.Add(new RosterSchool(school.Brin, school.LocationNumber,
                withGroup ? groups.Select(g => new RosterGroup(g.Key, g.Name, withYear ? g.YearGroup : null)).ToList() : null, shared));
            db.DataAccessEntries.Add(new DataAccessEntry
            {
                BoardId = rule.BoardId, SchoolId = school.Id, SupplierId = rule.SupplierId, SupplierName = access.SupplierName,
                CatalogItemId = rule.CatalogItemId, ProductName = access.ProductName, Kind = DataAccessKind.RosterFetch,
                Actor = Truncate(actor), RecordCount = shared.Count, PupilCount = shared.Count, At = now,
            });
        }
        await db.SaveChangesAsync(ct);
        return new Roster(SupplierRules.SchoolYear(SupplierRules.Today(clock)), schools);
    }

    public static string Truncate(string actor) => actor.Length <= 200 ? actor : actor[..200];
}
