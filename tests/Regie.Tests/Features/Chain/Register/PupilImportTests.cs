using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Chain.Pseudonyms;
using Regie.Web.Features.Chain.Register;
using Regie.Web.Infrastructure.Import;

namespace Regie.Tests.Features.Chain.Register;

[Collection(AppCollection.Name)]
public sealed class PupilImportTests(RegieApp app)
{
    [Fact]
    public async Task SwitchingAdministrationSystem_FromCsvToXml_KeepsPupilsHashesAndPseudonyms()
    {
        var setup = await app.RegisterKeeperAsync();
        var pupils = new[] { TestPupil.Make(), TestPupil.Make(eckId: true), TestPupil.Make("6B", 6) with { Onderwijsnummer = true, Number = TestPupils.Onderwijsnummer() } };
        using var hashes = new HashCounter(setup.Board.Id);

        await app.ImportPupilsAsync(setup.Client, setup.School, PupilFiles.Csv(pupils));
        Assert.Equal(3, hashes.Count);
        var first = await app.PupilsOfAsync(setup.Board);
        var supplier = await app.CreateOrganizationAsync(new Regie.Web.Infrastructure.Tenancy.Supplier());
        var issued = await IssuePseudonymsAsync(setup.Board, first, supplier.Id);

        // The new system numbers pupils its own way and spells one name differently; the national numbers are the same.
        var renumbered = pupils.Select((p, i) => p with { PupilNumber = $"N{i}-{p.PupilNumber}", GivenName = p.GivenName + "je" }).ToList();
        await app.ImportPupilsAsync(setup.Client, setup.School, PupilFiles.Xml(setup.School.Brin, renumbered), "leerlinggegevens.xml");

        Assert.Equal(3, hashes.Count);
        var second = await app.PupilsOfAsync(setup.Board);
        Assert.Equal(first.Select(p => (p.Id, p.FirstLevelHash, p.NumberLookup)).Order(), second.Select(p => (p.Id, p.FirstLevelHash, p.NumberLookup)).Order());
        Assert.All(second, p => Assert.Null(p.ArchivedAt));
        Assert.All(second, p => Assert.StartsWith("N", p.PupilNumber, StringComparison.Ordinal));
        Assert.Equal(issued, await IssuedAsync(setup.Board));
        var service = app.Services.GetRequiredService<PseudonymService>();
        Assert.All(second, p => Assert.Equal(issued[p.Id], service.ForSupplier(p.FirstLevelHash, supplier.Id).Value));
        Assert.Equal(Regie.Web.Features.Chain.PupilNumberKind.Onderwijsnummer, second.Single(p => p.PupilNumber.EndsWith(pupils[2].PupilNumber, StringComparison.Ordinal)).NumberKind);
    }

    [Fact]
    public async Task ReImport_HashesOnlyTheNewPupil_AndArchivesTheOneThatLeft()
    {
        var setup = await app.RegisterKeeperAsync();
        var (stays, leaves, arrives) = (TestPupil.Make(), TestPupil.Make(), TestPupil.Make());
        await app.ImportPupilsAsync(setup.Client, setup.School, PupilFiles.Csv([stays, leaves]));
        var before = (await app.PupilsOfAsync(setup.Board)).ToDictionary(p => p.PupilNumber);
        using var hashes = new HashCounter(setup.Board.Id);

        var (job, html) = await app.UploadPupilsAsync(setup.Client, setup.School, PupilFiles.Csv([stays, arrives]));

        Assert.Contains("1 nieuwe leerling, 1 al bekend.", html);
        Assert.Contains("1 leerling staat niet meer in het bestand en wordt gearchiveerd.", html);
        await app.CommitPupilsAsync(setup.Client, job.Id);
        Assert.Equal(1, hashes.Count);
        var after = (await app.PupilsOfAsync(setup.Board)).ToDictionary(p => p.PupilNumber);
        Assert.Equal(before[stays.PupilNumber].FirstLevelHash, after[stays.PupilNumber].FirstLevelHash);
        Assert.Equal(before[stays.PupilNumber].Version, after[stays.PupilNumber].Version);
        Assert.NotNull(after[leaves.PupilNumber].ArchivedAt);
        Assert.Null(after[arrives.PupilNumber].ArchivedAt);
    }

    [Fact]
    public async Task PupilOfAnotherSchoolOfTheBoard_MovesWithANotice()
    {
        var setup = await app.RegisterKeeperAsync();
        var other = await app.CreateSchoolAsync(setup.Board);
        await app.AssignAsync(setup.Board, other, setup.User, Regie.Web.Features.Chain.SchoolAssignmentKind.SchoolLeader);
        var pupil = TestPupil.Make();
        await app.ImportPupilsAsync(setup.Client, setup.School, PupilFiles.Csv([pupil]));
        var id = (await app.PupilsOfAsync(setup.Board)).Single().Id;

        var (job, html) = await app.UploadPupilsAsync(setup.Client, other, PupilFiles.Csv([pupil]));
        Assert.Contains("1 komt over van een andere school van het bestuur (regel 2)", html);
        Assert.Contains("Komt over van een andere school van het bestuur", html);
        await app.CommitPupilsAsync(setup.Client, job.Id);

        var moved = Assert.Single(await app.PupilsOfAsync(setup.Board));
        Assert.Equal((id, other.Id), (moved.Id, moved.SchoolId));
        Assert.Null(moved.ArchivedAt);
    }

    [Fact]
    public async Task SamePupilAtAnotherBoard_IsANewPupilOfThisBoard()
    {
        var first = await app.RegisterKeeperAsync();
        var second = await app.RegisterKeeperAsync();
        var pupil = TestPupil.Make();
        await app.ImportPupilsAsync(first.Client, first.School, PupilFiles.Csv([pupil]));
        await app.ImportPupilsAsync(second.Client, second.School, PupilFiles.Csv([pupil]));

        var (a, b) = ((await app.PupilsOfAsync(first.Board)).Single(), (await app.PupilsOfAsync(second.Board)).Single());
        Assert.NotEqual(a.Id, b.Id);
        Assert.Equal(a.FirstLevelHash, b.FirstLevelHash);
        Assert.Equal(first.School.Id, a.SchoolId);
    }

    [Fact]
    public async Task Commit_SealsTheEckId_SetsGroups_AndClearsTheFile()
    {
        var setup = await app.RegisterKeeperAsync();
        var pupil = TestPupil.Make("7C", 7, eckId: true);
        var job = await app.ImportPupilsAsync(setup.Client, setup.School, PupilFiles.Csv([pupil]));

        Assert.Empty(job.Content);
        var stored = (await app.PupilsOfAsync(setup.Board)).Single();
        var group = await app.WithDbAsync(db => db.PupilGroups.SingleAsync(), setup.Board);
        Assert.Equal(("7C", "Groep 7C", 7), (group.Key, group.Name, group.YearGroup));
        Assert.Equal((group.Id, 7), (stored.GroupId, stored.YearGroup));
        Assert.Equal(new DateOnly(2017, 3, 14), stored.DateOfBirth);
        var sealer = app.Services.GetRequiredService<Regie.Web.Infrastructure.Sealing.Sealer>();
        Assert.True(Encoding.UTF8.GetString(sealer.Open(stored.EckIdSealed!, Pupil.SealContext(stored.Id))) == pupil.EckId, "Het verzegelde ECK iD opent niet tot het geïmporteerde.");
        Assert.Equal(app.Services.GetRequiredService<PseudonymService>().EckIdLookup(pupil.EckId!), stored.EckIdLookup);
    }

    [Fact]
    public async Task PreviewAndStoredJob_ShowNoNumberDateOfBirthOrEckId()
    {
        var setup = await app.RegisterKeeperAsync();
        var pupil = TestPupil.Make(eckId: true);
        var (job, html) = await app.UploadPupilsAsync(setup.Client, setup.School, PupilFiles.Csv([pupil]));

        Assert.True(job.CanCommit);
        Assert.Contains(pupil.FamilyName, html);
        var stored = System.Text.Json.JsonSerializer.Serialize(job.Preview) + job.Notice;
        foreach (var secret in new[] { pupil.Number, pupil.EckId!, "14-03-2017", "2017-03-14" })
        {
            Assert.False(html.Contains(secret, StringComparison.Ordinal), "Het voorbeeld toont een nummer, ECK iD of geboortedatum.");
            Assert.False(stored.Contains(secret, StringComparison.Ordinal), "De importtaak bewaart een nummer, ECK iD of geboortedatum.");
        }
        Assert.False(Encoding.UTF8.GetString(job.Content).Contains(pupil.Number, StringComparison.Ordinal), "Het bestand staat leesbaar in de database.");
    }

    private sealed class HashCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _count;

        public HashCounter(Guid boardId)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == RegisterMetrics.MeterName) listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                foreach (var tag in tags)
                    if (tag.Key == "board" && tag.Value is Guid id && id == boardId) Interlocked.Add(ref _count, value);
            });
            _listener.Start();
        }

        public long Count => Interlocked.Read(ref _count);

        public void Dispose() => _listener.Dispose();
    }

    private async Task<Dictionary<Guid, string>> IssuePseudonymsAsync(Regie.Web.Infrastructure.Tenancy.Board board, List<Pupil> pupils, Guid supplierId)
    {
        var service = app.Services.GetRequiredService<PseudonymService>();
        var issued = pupils.Select(p =>
        {
            var (value, keyId) = service.ForSupplier(p.FirstLevelHash, supplierId);
            return new IssuedPseudonym { BoardId = board.Id, PupilId = p.Id, SupplierId = supplierId, Value = value, KeyId = keyId, IssuedAt = DateTimeOffset.UtcNow };
        }).ToList();
        await app.WithDbAsync(async db => { db.IssuedPseudonyms.AddRange(issued); return await db.SaveChangesAsync(); }, board);
        return issued.ToDictionary(i => i.PupilId, i => i.Value);
    }

    private Task<Dictionary<Guid, string>> IssuedAsync(Regie.Web.Infrastructure.Tenancy.Board board) =>
        app.WithDbAsync(db => db.IssuedPseudonyms.ToDictionaryAsync(i => i.PupilId, i => i.Value), board);
}
