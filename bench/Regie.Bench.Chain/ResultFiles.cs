using System.Globalization;
using System.Text.Json;

namespace Regie.Bench.Chain;

/// <summary>
/// The deliveries a supplier's system posts to <c>POST /api/v1/chain/rosters/{rule}/results</c>: batches of results for the
/// pseudonyms the roster gave it, each with the product's tests. Needs the roster to have been fetched (issued pseudonyms).
/// </summary>
public static class ResultFiles
{
    public static async Task<int> WriteAsync(BenchDatabase database, Guid ruleId, int count, int batchSize, string outDir)
    {
        var rule = await database.RuleAsync(ruleId);
        var pupils = await GeneratedResults.PupilsAsync(database, rule);
        if (pupils.Count == 0) throw new InvalidOperationException("The sharing rule covers no pupils.");
        var unknown = pupils.Count(p => p.Pseudonym is null);
        if (unknown > 0) throw new InvalidOperationException($"{unknown} of {pupils.Count} shared pupils have no pseudonym for the supplier yet; fetch the roster first.");

        Directory.CreateDirectory(outDir);
        foreach (var old in Directory.EnumerateFiles(outDir, "results-batch-*.json")) File.Delete(old);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var batch = 0;
        FileStream? file = null;
        Utf8JsonWriter? json = null;
        var inBatch = 0;
        foreach (var result in GeneratedResults.Generate(count, pupils.Count, today))
        {
            if (json is null)
            {
                batch++;
                file = File.Create(Path.Combine(outDir, $"results-batch-{batch:D3}.json"));
                json = new Utf8JsonWriter(file);
                json.WriteStartObject();
                json.WriteStartArray("toetsen");
                foreach (var test in GeneratedResults.Tests)
                {
                    json.WriteStartObject();
                    json.WriteString("toetscode", test.Code);
                    json.WriteString("naam", test.Name);
                    json.WriteNumber("minimum", test.Minimum);
                    json.WriteNumber("maximum", test.Maximum);
                    json.WriteNumber("norm", test.Norm);
                    json.WriteString("leerdoel", test.Goal);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteStartArray("resultaten");
            }
            json.WriteStartObject();
            json.WriteString("key", result.Key);
            json.WriteString("leerlingid", pupils[result.Pupil].Pseudonym);
            json.WriteString("toetscode", GeneratedResults.Tests[result.Test].Code);
            json.WriteString("afnamedatum", result.TakenOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteNumber("score", result.Score);
            json.WriteString("leerdoel", GeneratedResults.Tests[result.Test].Goal);
            json.WriteNumber("minuten", result.Minutes);
            json.WriteEndObject();
            if (++inBatch == batchSize)
            {
                await CloseAsync(json, file!);
                json = null;
                inBatch = 0;
            }
        }
        if (json is not null) await CloseAsync(json, file!);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"BENCH results={count} batches={batch} batch_size={batchSize} pupils={pupils.Count} tests={GeneratedResults.Tests.Count}"));
        return 0;
    }

    private static async Task CloseAsync(Utf8JsonWriter json, FileStream file)
    {
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync();
        await json.DisposeAsync();
        await file.DisposeAsync();
    }
}
