using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.BrowserTests.Infrastructure;
using Regie.Web.Data;
using Regie.Web.Features.Chain;
using Regie.Web.Features.Chain.Pseudonyms;

namespace Regie.BrowserTests.Tests.Chain;

/// <summary>A pupil as the student administration exports it: the number Regie never stores, and what the school knows.</summary>
public sealed record ExportedPupil(
    string Number, PupilNumberKind Kind, string PupilNumber, string GivenName, string? Prefix, string FamilyName,
    string GroupKey, string GroupName, int YearGroup, DateOnly? DateOfBirth)
{
    public string FullName => string.Join(' ', new[] { GivenName, Prefix, FamilyName }.Where(p => !string.IsNullOrWhiteSpace(p)));
}

/// <summary>
/// What only the school's own administration knows: which made-up number belongs to which demo pupil. Regie stores no
/// number, so the numbers of <see cref="ChainDemoData.Identifiers"/> are matched to the stored pupils by their lookup hash.
/// </summary>
internal static class ChainDatabase
{
    /// <summary>The current demo pupils of a school, as a complete export of its administration would list them.</summary>
    public static async Task<IReadOnlyList<ExportedPupil>> DemoExportAsync(this RegieFixture app, Guid schoolId)
    {
        var (db, lookups, scope) = Open(app);
        await using var _ = scope;
        var groups = await db.PupilGroups.IgnoreQueryFilters().AsNoTracking().Where(g => g.SchoolId == schoolId).ToDictionaryAsync(g => g.Id);
        var pupils = await db.Pupils.IgnoreQueryFilters().AsNoTracking().Where(p => p.SchoolId == schoolId && p.ArchivedAt == null).ToListAsync();
        return pupils.Select(p =>
        {
            var (number, kind) = lookups[p.NumberLookup];
            var group = groups[p.GroupId!.Value];
            return new ExportedPupil(number, kind, p.PupilNumber, p.GivenName, p.FamilyNamePrefix, p.FamilyName, group.Key, group.Name, p.YearGroup!.Value, p.DateOfBirth);
        }).OrderBy(p => p.PupilNumber, StringComparer.Ordinal).ToList();
    }

    /// <summary>The full name of the demo pupil seeded at a position of <see cref="ChainDemoData.Identifiers"/>.</summary>
    public static async Task<string> DemoPupilNameAsync(this RegieFixture app, int seedIndex)
    {
        var (db, _, scope) = Open(app);
        await using var __ = scope;
        var service = scope.ServiceProvider.GetRequiredService<PseudonymService>();
        var number = PupilNumbers.Parse(ChainDemoData.Identifiers()[seedIndex].Number)!.Value.Number;
        var lookup = service.NumberLookup(number);
        var pupil = await db.Pupils.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.NumberLookup == lookup);
        return pupil.FullName;
    }

    /// <summary>The id of a demo group, by its school and key.</summary>
    public static async Task<Guid> GroupIdAsync(this RegieFixture app, Guid schoolId, string key)
    {
        var (db, _, scope) = Open(app);
        await using var __ = scope;
        return await db.PupilGroups.IgnoreQueryFilters().Where(g => g.SchoolId == schoolId && g.Key == key).Select(g => g.Id).SingleAsync();
    }

    private static (RegieDbContext Db, Dictionary<string, (string Number, PupilNumberKind Kind)> Lookups, AsyncServiceScope Scope) Open(RegieFixture app)
    {
        var scope = app.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<PseudonymService>();
        var lookups = ChainDemoData.Identifiers()
            .Select(i => PupilNumbers.Parse(i.Number)!.Value)
            .ToDictionary(n => service.NumberLookup(n.Number), n => (n.Number, n.Kind), StringComparer.Ordinal);
        return (scope.ServiceProvider.GetRequiredService<RegieDbContext>(), lookups, scope);
    }
}
