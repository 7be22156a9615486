using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Features.Market.Api;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Chain;

namespace Regie.Tests.Features.Chain.Api;

[Collection(AppCollection.Name)]
public sealed class ResultDeliveryTests(RegieApp app)
{
    private async Task<(ChainWorld World, string First, string Second)> ReadyAsync()
    {
        var world = await app.ChainWorldAsync();
        var pseudonyms = await app.FetchPseudonymsAsync(world.Key, world.Rule.Id, world.Supplier.Id);
        return (world, pseudonyms[world.WithEckId.Pupil.Id], pseudonyms[world.Plain.Pupil.Id]);
    }

    private Task<int> StoredAsync(ChainWorld world) =>
        app.WithDbAsync(db => db.LearningResults.IgnoreQueryFilters().CountAsync(r => r.SupplierId == world.Supplier.Id));

    private Task<int> DeliveriesAsync(ChainWorld world) =>
        app.WithDbAsync(db => db.ResultDeliveries.IgnoreQueryFilters().CountAsync(r => r.SupplierId == world.Supplier.Id));

    private static async Task<List<(string Record, string Field, string Message)>> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.JsonAsync()).GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("record").GetString()!, e.GetProperty("veld").GetString()!, e.GetProperty("melding").GetString()!)).ToList();
    }

    [Fact]
    public async Task AValidDelivery_IsStored_WithAReceiptAndAnAccessEntry()
    {
        var (world, first, second) = await ReadyAsync();
        var key = $"R-{TestData.Next()}";

        var response = await app.DeliverAsync(world, new
        {
            toetsen = new[] { ChainApiTestData.Test() },
            resultaten = new[] { ChainApiTestData.Result(key + "1", first), ChainApiTestData.Result(key + "2", second, score: 8, part: "OPTELLEN"), ChainApiTestData.Result(key + "3", first, score: 45) },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = await response.JsonAsync();
        Assert.Equal((3, 2), (receipt.GetProperty("resultaten").GetInt32(), receipt.GetProperty("leerlingen").GetInt32()));
        var rows = await app.WithDbAsync(db => db.LearningResults.IgnoreQueryFilters().Where(r => r.SupplierId == world.Supplier.Id).OrderBy(r => r.ResultKey).ToListAsync());
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal((world.Board.Id, world.School.Id, world.Group.Id, world.Product.Id, receipt.GetProperty("levering").GetGuid()),
            (r.BoardId, r.SchoolId, r.GroupId, r.CatalogItemId, r.DeliveryId)));
        Assert.Equal((world.Plain.Pupil.Id, "OPTELLEN", 8.0, "23", 12), (rows[1].PupilId, rows[1].TestPartCode, rows[1].Score, rows[1].GoalCode, rows[1].MinutesSpent));
        var entry = Assert.Single(await app.WithDbAsync(db => db.DataAccessEntries.IgnoreQueryFilters().Where(e => e.SupplierId == world.Supplier.Id && e.Kind == DataAccessKind.ResultDelivery).ToListAsync()));
        Assert.Equal((world.School.Id, 3, 2), (entry.SchoolId, entry.RecordCount, entry.PupilCount));
        var tests = await app.WithDbAsync(db => db.LearningTests.IgnoreQueryFilters().Where(t => t.SupplierId == world.Supplier.Id).OrderBy(t => t.PartCode).ToListAsync());
        Assert.Equal([("", 100.0, (double?)60), ("OPTELLEN", 10.0, (double?)6)], tests.Select(t => (t.PartCode, t.MaxScore, t.NormScore)));
    }

    [Fact]
    public async Task TheSameDeliveryAgain_ReturnsTheFirstReceipt_AndStoresNothingMore()
    {
        var (world, first, _) = await ReadyAsync();
        var body = new { toetsen = new[] { ChainApiTestData.Test() }, resultaten = new[] { ChainApiTestData.Result($"R-{TestData.Next()}", first) } };

        var created = await app.DeliverAsync(world, body);
        var again = await app.DeliverAsync(world, body);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((await created.JsonAsync()).GetProperty("levering").GetGuid(), (await again.JsonAsync()).GetProperty("levering").GetGuid());
        Assert.Equal((1, 1), (await StoredAsync(world), await DeliveriesAsync(world)));
    }

    [Fact]
    public async Task AKnownKeyWithTheSameValues_IsSkipped_AndWithOtherValuesRefused()
    {
        var (world, first, _) = await ReadyAsync();
        var key = $"R-{TestData.Next()}";
        await app.DeliverAsync(world, new { toetsen = new[] { ChainApiTestData.Test() }, resultaten = new[] { ChainApiTestData.Result(key, first) } });

        var same = await app.DeliverAsync(world, new { resultaten = new[] { ChainApiTestData.Result(key, first), ChainApiTestData.Result(key + "-nieuw", first) } });
        var changed = await app.DeliverAsync(world, new { resultaten = new[] { ChainApiTestData.Result(key, first, score: 71) } });

        Assert.Equal(HttpStatusCode.Created, same.StatusCode);
        Assert.Equal((1, 1), ((await same.JsonAsync()).GetProperty("resultaten").GetInt32(), (await same.JsonAsync()).GetProperty("overgeslagen").GetInt32()));
        var error = Assert.Single(await ErrorsAsync(changed));
        Assert.Equal(("resultaten[0]", "key"), (error.Record, error.Field));
        Assert.Equal(2, await StoredAsync(world));
    }

    public static TheoryData<string, string, string> BadRecords => new()
    {
        { "unknown-pupil", "leerlingid", "onbekend" },
        { "future", "afnamedatum", "toekomst" },
        { "malformed-date", "afnamedatum", "jjjj-mm-dd" },
        { "impossible-date", "afnamedatum", "jjjj-mm-dd" },
        { "score-high", "score", "buiten het bereik" },
        { "score-low", "score", "buiten het bereik" },
        { "part-score", "score", "buiten het bereik" },
        { "unknown-test", "toetscode", "onbekend" },
        { "unknown-part", "toetsonderdeelcode", "onbekend" },
        { "duplicate-key", "key", "al eerder in deze levering" },
        { "no-key", "key", "ontbreekt" },
        { "negative-minutes", "minuten", "minuten" },
    };

    [Theory]
    [MemberData(nameof(BadRecords))]
    public async Task ABadRecord_RefusesTheWholeDelivery_WithThatRecordAndField(string situation, string field, string message)
    {
        var (world, first, second) = await ReadyAsync();
        var key = $"R-{TestData.Next()}";
        var good = ChainApiTestData.Result(key + "-goed", second);
        var bad = situation switch
        {
            "unknown-pupil" => ChainApiTestData.Result(key, new string('a', 40)),
            "future" => ChainApiTestData.Result(key, first, date: ChainApiTestData.Today.AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            "malformed-date" => ChainApiTestData.Result(key, first, date: "15-01-2026"),
            "impossible-date" => ChainApiTestData.Result(key, first, date: "2026-02-30"),
            "score-high" => ChainApiTestData.Result(key, first, score: 100.5),
            "score-low" => ChainApiTestData.Result(key, first, score: -1),
            "part-score" => ChainApiTestData.Result(key, first, score: 11, part: "OPTELLEN"),
            "unknown-test" => ChainApiTestData.Result(key, first, code: "ONBEKEND"),
            "unknown-part" => ChainApiTestData.Result(key, first, part: "DELEN"),
            "duplicate-key" => ChainApiTestData.Result(key + "-goed", first),
            "no-key" => ChainApiTestData.Result("", first),
            "negative-minutes" => ChainApiTestData.Result(key, first, minutes: -5),
            _ => throw new ArgumentOutOfRangeException(nameof(situation)),
        };

        var response = await app.DeliverAsync(world, new { toetsen = new[] { ChainApiTestData.Test() }, resultaten = new[] { good, bad } });

        var error = Assert.Single(await ErrorsAsync(response));
        Assert.Equal(("resultaten[1]", field), (error.Record, error.Field));
        Assert.Contains(message, error.Message);
        Assert.Equal((0, 0), (await StoredAsync(world), await DeliveriesAsync(world)));
        Assert.Equal(0, await app.WithDbAsync(db => db.LearningTests.IgnoreQueryFilters().CountAsync(t => t.SupplierId == world.Supplier.Id)));
    }

    [Fact]
    public async Task PupilsNotSharedUnderThisRule_AreRefused_EvenWhenTheSupplierKnowsThem()
    {
        var (world, first, _) = await ReadyAsync();
        // The same supplier receives school B under a second rule, and another board's pupils under a third.
        var otherRule = await app.AddRuleAsync(world, world.OtherSchool);
        var otherBoard = await app.ChainWorldAsync(supplier: world.Supplier);
        await app.ApiClient(world.Key).GetAsync($"/api/v1/chain/rosters/{otherRule.Id}");
        await app.FetchPseudonymsAsync(otherBoard.Key, otherBoard.Rule.Id, world.Supplier.Id);
        await app.WithDbAsync(async db =>
        {
            (await db.Pupils.IgnoreQueryFilters().SingleAsync(p => p.Id == world.Plain.Pupil.Id)).Archive(DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        }, world.Board);
        var pseudonyms = await app.WithDbAsync(db => db.IssuedPseudonyms.IgnoreQueryFilters().Where(p => p.SupplierId == world.Supplier.Id).ToDictionaryAsync(p => p.PupilId, p => p.Value));

        var response = await app.DeliverAsync(world, new
        {
            toetsen = new[] { ChainApiTestData.Test() },
            resultaten = new[]
            {
                ChainApiTestData.Result($"R-{TestData.Next()}", first),
                ChainApiTestData.Result($"R-{TestData.Next()}", pseudonyms[world.AtOtherSchool.Pupil.Id]),
                ChainApiTestData.Result($"R-{TestData.Next()}", pseudonyms[otherBoard.Plain.Pupil.Id]),
                ChainApiTestData.Result($"R-{TestData.Next()}", pseudonyms[world.Plain.Pupil.Id]),
            },
        });

        var errors = await ErrorsAsync(response);
        Assert.Equal(["resultaten[1]", "resultaten[2]", "resultaten[3]"], errors.Select(e => e.Record));
        Assert.All(errors, e => Assert.Contains("niet met uw organisatie gedeeld", e.Message));
        Assert.Equal(0, await StoredAsync(world));
    }

    [Fact]
    public async Task TheErrorList_IsCapped_WithTheTotalCount()
    {
        var (world, first, _) = await ReadyAsync();
        var results = Enumerable.Range(0, 1500).Select(i => ChainApiTestData.Result($"R-{i}", first, score: 500)).ToArray();

        var response = await app.DeliverAsync(world, new { toetsen = new[] { ChainApiTestData.Test() }, resultaten = results });

        var body = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(1000, body.GetProperty("errors").GetArrayLength());
        Assert.Equal(1500, body.GetProperty("aantal").GetInt32());
    }

    [Fact]
    public async Task BadTestDescriptions_AreRefused()
    {
        var (world, first, _) = await ReadyAsync();

        var response = await app.DeliverAsync(world, new
        {
            toetsen = new object[] { ChainApiTestData.Test("OMGEKEERD", min: 10, max: 0), new { toetscode = "", naam = "", minimum = 0, maximum = 1 } },
            resultaten = new[] { ChainApiTestData.Result($"R-{TestData.Next()}", first, code: "OMGEKEERD") },
        });

        var errors = await ErrorsAsync(response);
        Assert.Contains(("toetsen[0]", "maximum"), errors.Select(e => (e.Record, e.Field)));
        Assert.Contains(("toetsen[1]", "toetscode"), errors.Select(e => (e.Record, e.Field)));
        Assert.Contains(("toetsen[1]", "naam"), errors.Select(e => (e.Record, e.Field)));
    }

    [Fact]
    public async Task ATestDeliveredBefore_NeedsNoNewDescription()
    {
        var (world, first, _) = await ReadyAsync();
        await app.DeliverAsync(world, new { toetsen = new[] { ChainApiTestData.Test() }, resultaten = new[] { ChainApiTestData.Result($"R-{TestData.Next()}", first) } });

        var response = await app.DeliverAsync(world, new { resultaten = new[] { ChainApiTestData.Result($"R-{TestData.Next()}", first, part: "OPTELLEN", score: 3) } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task WithoutASignedAgreement_NothingIsAccepted()
    {
        var (world, first, _) = await ReadyAsync();
        await app.WithDbAsync(async db =>
        {
            (await db.ProcessingAgreements.SingleAsync(a => a.Id == world.Agreement.Id)).EndsOn = ChainApiTestData.Today.AddDays(-1);
            return await db.SaveChangesAsync();
        }, world.Board);

        var response = await app.DeliverAsync(world, new { toetsen = new[] { ChainApiTestData.Test() }, resultaten = new[] { ChainApiTestData.Result("R-1", first) } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("verlopen", (await response.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(0, await StoredAsync(world));
    }

    [Fact]
    public async Task AnotherSuppliersRule_IsNotFound_AndStoresNothing()
    {
        var (world, first, _) = await ReadyAsync();
        var stranger = await app.ChainWorldAsync();

        var response = await app.ApiClient(world.Key).PostAsync($"/api/v1/chain/rosters/{stranger.Rule.Id}/results",
            System.Net.Http.Json.JsonContent.Create(new { toetsen = new[] { ChainApiTestData.Test() }, resultaten = new[] { ChainApiTestData.Result("R-1", first) } }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.LearningResults.IgnoreQueryFilters().CountAsync(r => r.BoardId == stranger.Board.Id)));
    }

    [Theory]
    [InlineData("{\"resultaten\": [{\"key\": \"a\", \"score\": \"veel\"}]}", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{\"resultaten\": [", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("key;score\na;1", "text/csv", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("{}", "application/json", HttpStatusCode.UnprocessableEntity)]
    public async Task MalformedBodies_GetAClearProblem(string body, string type, HttpStatusCode expected)
    {
        var (world, _, _) = await ReadyAsync();

        var response = await app.ApiClient(world.Key).PostAsync(world.Results, new StringContent(body, System.Text.Encoding.UTF8, type));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await DeliveriesAsync(world));
    }

    [Fact]
    public async Task ABodyOverTheLimit_Is413_InDutch()
    {
        var (world, _, _) = await ReadyAsync();
        var content = new StreamContent(new EndlessSpaces(101L * 1024 * 1024));
        content.Headers.ContentType = new("application/json");

        var response = await app.ApiClient(world.Key).PostAsync(world.Results, content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("hoogstens 100 MB", (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AKeyWithoutTheResultsScope_IsForbidden()
    {
        var (world, first, _) = await ReadyAsync();
        var (key, _) = await app.KeyForAsync(world.Supplier, Regie.Web.Infrastructure.Api.ApiScopes.RosterRead);

        var response = await app.ApiClient(key).PostAsync(world.Results, System.Net.Http.Json.JsonContent.Create(new { resultaten = new[] { ChainApiTestData.Result("R-1", first) } }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>A body of unknown length (no Content-Length): the server has to count while reading.</summary>
    private sealed class EndlessSpaces(long length) : Stream
    {
        private long _left = length;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, _left);
            buffer.AsSpan(offset, n).Fill((byte)' ');
            _left -= n;
            return n;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
