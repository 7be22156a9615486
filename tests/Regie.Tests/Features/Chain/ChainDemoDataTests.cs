using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Tests.Infrastructure;
using Regie.Web.Data;
using Regie.Web.Features.Chain;
using Regie.Web.Features.Chain.Pseudonyms;
using Regie.Web.Features.Chain.Register;
using Regie.Web.Features.Chain.Sharing;
using Regie.Web.Infrastructure.DemoData;
using Regie.Web.Infrastructure.Sealing;

namespace Regie.Tests.Features.Chain;

/// <summary>
/// The whole demo seeding, on a database of its own: it looks for the demo board by number and its users by e-mail,
/// which the shared test app's boards do not have.
/// </summary>
public sealed class ChainDemoDataTests(ChainDemoDataTests.SeededApp seeded) : IClassFixture<ChainDemoDataTests.SeededApp>
{
    public sealed class SeededApp : IAsyncLifetime
    {
        public RegieApp App { get; } = new();

        public async Task InitializeAsync()
        {
            foreach (var (number, eckId) in ChainDemoData.Identifiers())
            {
                LogCapture.Sensitive(number);
                if (eckId is not null) LogCapture.Sensitive(eckId);
            }
            await App.InitializeAsync();
            await App.Services.SeedDemoDataAsync();
        }

        public Task DisposeAsync() => App.DisposeAsync();
    }

    private RegieApp App => seeded.App;

    private Task<T> OnDemoBoardAsync<T>(Func<RegieDbContext, Guid, Task<T>> work) =>
        App.WithDbAsync(async db => await work(db, await db.Boards.Where(b => b.BoardNumber == "41237").Select(b => b.Id).SingleAsync()));

    private static async Task<int[]> CountsAsync(RegieDbContext db, Guid board) =>
    [
        await db.SchoolAssignments.IgnoreQueryFilters().CountAsync(e => e.BoardId == board),
        await db.PupilGroups.IgnoreQueryFilters().CountAsync(e => e.BoardId == board),
        await db.GroupTeachers.IgnoreQueryFilters().CountAsync(e => e.BoardId == board),
        await db.Pupils.IgnoreQueryFilters().CountAsync(e => e.BoardId == board),
        await db.ProcessingAgreements.IgnoreQueryFilters().CountAsync(e => e.BoardId == board),
        await db.SharingRules.IgnoreQueryFilters().CountAsync(e => e.BoardId == board),
        await db.SharingScopes.IgnoreQueryFilters().CountAsync(e => e.BoardId == board),
        await db.IssuedPseudonyms.IgnoreQueryFilters().CountAsync(e => e.BoardId == board),
        await db.LearningTests.IgnoreQueryFilters().CountAsync(e => e.BoardId == board),
        await db.LearningResults.IgnoreQueryFilters().CountAsync(e => e.BoardId == board),
        await db.ResultDeliveries.IgnoreQueryFilters().CountAsync(e => e.BoardId == board),
        await db.DataAccessEntries.IgnoreQueryFilters().CountAsync(e => e.BoardId == board),
    ];

    [Fact]
    public async Task SeedingAgain_AddsNothing()
    {
        var before = await OnDemoBoardAsync(CountsAsync);

        await App.WithServicesAsync(async services =>
        {
            await ChainDemoData.SeedAsync(services.GetRequiredService<RegieDbContext>(), services);
            return true;
        });

        Assert.Equal(new[] { 5, 6, 1, 64, 2, 2, 3, 28, 11 }, before[..9]);
        Assert.Equal(before, await OnDemoBoardAsync(CountsAsync));
    }

    [Fact]
    public async Task SchoolRoles_GoToTheFirstTwoSchoolsByName()
    {
        var (schools, roles, taught) = await OnDemoBoardAsync(async (db, board) =>
        {
            var schools = await db.Schools.IgnoreQueryFilters().Where(s => s.BoardId == board).OrderBy(s => s.Name).Select(s => s.Id).Take(2).ToListAsync();
            var roles = await db.SchoolAssignments.IgnoreQueryFilters().Where(a => a.BoardId == board)
                .Join(db.Users, a => a.UserId, u => u.Id, (a, u) => new { u.Email, a.SchoolId, a.Kind }).ToListAsync();
            var taught = await db.GroupTeachers.IgnoreQueryFilters().Where(t => t.BoardId == board)
                .Join(db.PupilGroups.IgnoreQueryFilters(), t => t.GroupId, g => g.Id, (t, g) => new { t.UserId, g.SchoolId, g.Key })
                .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new { u.Email, t.SchoolId, t.Key }).SingleAsync();
            return (schools, roles.Select(r => $"{r.Email} {schools.IndexOf(r.SchoolId)} {r.Kind}").Order(StringComparer.Ordinal).ToList(), $"{taught.Email} {schools.IndexOf(taught.SchoolId)} {taught.Key}");
        });

        Assert.Equal(2, schools.Count);
        Assert.Equal(
        [
            "ict@demo.regie.nl 0 Coordinator", "ict@demo.regie.nl 0 PrivacyContact", "ict@demo.regie.nl 1 Coordinator", "ict@demo.regie.nl 1 PrivacyContact",
            "schoolleider@demo.regie.nl 0 SchoolLeader",
        ], roles);
        Assert.Equal("leraar@demo.regie.nl 0 5A", taught);
    }

    [Fact]
    public async Task StoredPupils_HoldHashesAndSeals_NeverAPlainNumberOrEckId()
    {
        var identifiers = ChainDemoData.Identifiers();
        var (pupils, auditTexts) = await OnDemoBoardAsync(async (db, board) =>
        {
            var pupils = await db.Pupils.IgnoreQueryFilters().AsNoTracking().Where(p => p.BoardId == board).OrderBy(p => p.PupilNumber).ToListAsync();
            var audit = await db.AuditEntries.IgnoreQueryFilters().AsNoTracking().Where(a => a.OrganizationId == board && a.EntityType == nameof(Pupil)).ToListAsync();
            return (pupils, audit.SelectMany(a => a.Changes).Select(c => c.New ?? "").ToList());
        });
        var services = App.Services;
        var hasher = services.GetRequiredService<FirstLevelHasher>();
        var pseudonyms = services.GetRequiredService<PseudonymService>();
        var sealer = services.GetRequiredService<Sealer>();

        Assert.Equal(identifiers.Count, pupils.Count);
        Assert.All(pupils, p => Assert.Matches("^[0-9a-f]{64}$", p.FirstLevelHash));
        Assert.All(pupils, p => Assert.Matches("^[0-9a-f]{64}$", p.NumberLookup));
        Assert.Equal(pupils.Count, pupils.Select(p => p.FirstLevelHash).Distinct().Count());
        Assert.True(pupils.Zip(identifiers).All(x => x.First.FirstLevelHash == hasher.Hash(x.Second.Number)), "The first-level hash is scrypt over the pupil's own number.");
        Assert.True(pupils.Zip(identifiers).All(x => x.First.NumberLookup == pseudonyms.NumberLookup(x.Second.Number)), "The lookup hash finds the pupil at the next import.");
        Assert.Contains(pupils, p => p.NumberKind == PupilNumberKind.Onderwijsnummer);

        var withEckId = pupils.Zip(identifiers).Where(x => x.Second.EckId is not null).ToList();
        Assert.InRange(withEckId.Count, 5, 20);
        Assert.Equal(withEckId.Count, pupils.Count(p => p.EckIdSealed is not null));
        Assert.True(withEckId.All(x => x.First.EckIdLookup == pseudonyms.EckIdLookup(x.Second.EckId!)), "The ECK iD lookup matches the ECK iD.");
        Assert.True(withEckId.All(x => Encoding.UTF8.GetString(sealer.Open(x.First.EckIdSealed!, Pupil.SealContext(x.First.Id))) == x.Second.EckId), "The sealed ECK iD opens for its own pupil.");
        Assert.False(withEckId.Any(x => Encoding.UTF8.GetString(x.First.EckIdSealed!).Contains("ketenid", StringComparison.Ordinal)), "A sealed ECK iD is not readable.");

        var stored = pupils.SelectMany(p => new[] { p.PupilNumber, p.GivenName, p.FamilyNamePrefix ?? "", p.FamilyName, p.NumberLookup, p.FirstLevelHash, p.EckIdLookup ?? "" })
            .Concat(auditTexts).ToList();
        Assert.False(identifiers.Any(i => stored.Any(s => s.Contains(i.Number, StringComparison.Ordinal))), "No stored text or audit entry holds a pupil number.");
        Assert.False(stored.Any(s => s.Contains("ketenid.nl", StringComparison.Ordinal)), "No stored text or audit entry holds an ECK iD.");
    }

    [Fact]
    public async Task Sharing_Leerwijzer_IsAllowed_Digidact_IsBlockedUntilSigned()
    {
        var outcomes = await OnDemoBoardAsync(async (db, board) =>
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var agreements = await db.ProcessingAgreements.IgnoreQueryFilters().Where(a => a.BoardId == board).ToListAsync();
            var rules = await db.SharingRules.IgnoreQueryFilters().Where(r => r.BoardId == board).Include(r => r.Scopes).ToListAsync();
            var suppliers = await db.Suppliers.ToDictionaryAsync(s => s.Id, s => s.Name);
            return rules.ToDictionary(r => suppliers[r.SupplierId], r => (Check: AgreementCheck.For(r, agreements, today), Groups: r.Scopes.Count(s => s.GroupId != null)));
        });

        Assert.True(outcomes["Leerwijzer Educatief B.V."].Check.Allowed);
        Assert.Equal(2, outcomes["Leerwijzer Educatief B.V."].Groups);
        Assert.False(outcomes["Digidact Uitgevers"].Check.Allowed);
        Assert.Equal("De verwerkersovereenkomst is nog niet ondertekend.", outcomes["Digidact Uitgevers"].Check.Reason);
    }

    [Fact]
    public async Task Results_CoverTwelveWeeks_InThePast_AndThreePupilsOf5AStall()
    {
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var data = await OnDemoBoardAsync(async (db, board) => new
        {
            Results = await db.LearningResults.IgnoreQueryFilters().Where(r => r.BoardId == board)
                .Join(db.PupilGroups.IgnoreQueryFilters(), r => r.GroupId, g => g.Id, (r, g) => new { r.PupilId, g.Key, r.TakenOn, r.Score, r.GoalCode, r.TestCode }).ToListAsync(),
            Norms = await db.LearningTests.IgnoreQueryFilters().Where(t => t.BoardId == board).ToDictionaryAsync(t => t.TestCode, t => t.NormScore!.Value),
            Deliveries = await db.ResultDeliveries.IgnoreQueryFilters().Where(d => d.BoardId == board).Select(d => d.ReceivedAt).ToListAsync(),
            Log = await db.DataAccessEntries.IgnoreQueryFilters().Where(e => e.BoardId == board).Select(e => new { e.Kind, e.At }).ToListAsync(),
            Shared = await db.IssuedPseudonyms.IgnoreQueryFilters().Where(p => p.BoardId == board).Select(p => new { p.FirstSharedAt, p.LastSharedAt }).ToListAsync(),
        });

        Assert.All(data.Results, r => Assert.True(r.TakenOn < today));
        Assert.All(data.Results, r => Assert.Matches("^kd-po-2006-(2[3-9]|3[0-3])$", r.GoalCode));
        Assert.Equal(12, data.Deliveries.Count);
        Assert.All(data.Deliveries.Concat(data.Log.Select(e => e.At)), at => Assert.True(at <= now));
        Assert.Equal(12, data.Log.Count(e => e.Kind == DataAccessKind.ResultDelivery));
        Assert.InRange(data.Log.Count(e => e.Kind == DataAccessKind.RosterFetch), 3, 6);
        Assert.All(data.Shared, p => Assert.True(p.FirstSharedAt < p.LastSharedAt));

        var recent = today.AddDays(-5 * 7);
        var stalled = data.Results.Where(r => r.Key == "5A").GroupBy(r => r.PupilId)
            .Count(p => !p.Any(r => r.TakenOn >= recent) || p.Where(r => r.TakenOn >= recent).All(r => r.Score < data.Norms[r.TestCode]));
        Assert.Equal(3, stalled);
        var improving = data.Results.GroupBy(r => r.PupilId).Where(p => p.Any(r => r.TakenOn >= recent))
            .Count(p => p.Where(r => r.TakenOn >= recent).Average(r => r.Score) - p.Where(r => r.TakenOn < today.AddDays(-9 * 7)).Average(r => r.Score) >= 5);
        Assert.InRange(improving, 20, 25);
    }
}
