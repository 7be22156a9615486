// The chain's benchmarks that run outside the app (issue 7, Performance):
//   Regie.Bench.Chain derive [--pupils 1000000] [--runs 5]
//       pseudonym derivation (PseudonymService.ForSupplier) against plain HMAC-SHA256 over the same bytes, one thread;
//   Regie.Bench.Chain results --provider P --connection C --rule ID --results 1000000 --batch 10000 --out DIR
//       writes the result deliveries the API run posts (results-batch-NNN.json), for the pseudonyms the roster issued;
//   Regie.Bench.Chain bulk --provider P --connection C --rule ID --results 1000000 [--keep 0|1]
//       the baseline: the same rows straight into LearningResults (SQLite: one prepared INSERT in a transaction;
//       PostgreSQL: binary COPY), timed, then deleted again unless --keep 1.
// Each prints one machine-readable line starting with BENCH.
using System.Globalization;
using Regie.Bench.Chain;

var options = new Dictionary<string, string>(StringComparer.Ordinal);
var mode = args.Length > 0 ? args[0] : "";
for (var i = 1; i + 1 < args.Length; i += 2)
{
    if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Unexpected argument '{args[i]}'");
    options[args[i][2..]] = args[i + 1];
}
int Number(string name, int fallback) =>
    int.Parse(options.GetValueOrDefault(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
string Required(string name) => options.GetValueOrDefault(name) ?? throw new ArgumentException($"--{name} is required");

return mode switch
{
    "derive" => Derivation.Run(Number("pupils", 1_000_000), Number("runs", 5)),
    "results" => await ResultFiles.WriteAsync(BenchDatabase.Open(Required("provider"), Required("connection")), Guid.Parse(Required("rule")),
        Number("results", 1_000_000), Number("batch", 10_000), Required("out")),
    "bulk" => await BulkInsert.RunAsync(BenchDatabase.Open(Required("provider"), Required("connection")), Guid.Parse(Required("rule")),
        Number("results", 1_000_000), Number("keep", 0) == 1),
    _ => throw new ArgumentException("Use: Regie.Bench.Chain derive|results|bulk [--option value ...]"),
};
