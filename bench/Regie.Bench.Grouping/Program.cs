// Times Regie's grouping of similar shared needs (Features/Needs/Similarity) on a generated corpus.
// Usage: Regie.Bench.Grouping [--needs 20000] [--boards 300] [--runs 5] [--seed 2026]
// Prints one line "BENCH needs=… boards=… median_s=… min_s=… max_s=… groups=… grouped_needs=… runs=…".
using System.Diagnostics;
using System.Globalization;
using Bogus;
using Regie.Bench;
using Regie.Web.Features.Needs.Similarity;

var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < args.Length; i += 2) options[args[i].TrimStart('-')] = args[i + 1];
int Option(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
var needCount = Option("needs", 20_000);
var boardCount = Option("boards", 300);
var runs = Option("runs", 5);

var faker = new Faker("nl") { Random = new Randomizer(Option("seed", 2026)) };
var boards = Enumerable.Range(0, boardCount).Select(_ => Guid.NewGuid()).ToArray();
var needs = Enumerable.Range(0, needCount).Select(_ =>
{
    var text = DutchNeeds.Next(faker);
    // The page compares "wil ik" and "zodat"; the benchmark feeds the engine exactly that.
    return new SimilarityInput(Guid.NewGuid(), faker.PickRandom(boards), text.Want + " " + text.SoThat);
}).ToList();

// Warm-up: JIT and tiering, so the runs measure the algorithm rather than the first call.
NeedGrouper.Group(needs.Take(2_000).ToList());
NeedGrouper.Group(needs);

var times = new List<double>();
IReadOnlyList<SimilarGroup> groups = [];
for (var run = 0; run < runs; run++)
{
    var watch = Stopwatch.StartNew();
    groups = NeedGrouper.Group(needs);
    times.Add(watch.Elapsed.TotalSeconds);
}
times.Sort();
var median = times[times.Count / 2];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"BENCH needs={needCount} boards={boardCount} median_s={median:F3} min_s={times[0]:F3} max_s={times[^1]:F3} groups={groups.Count} grouped_needs={groups.Sum(g => g.NeedIds.Count)} runs={runs}"));
return 0;
