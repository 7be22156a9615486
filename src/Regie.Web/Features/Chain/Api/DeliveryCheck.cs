using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Chain.Pseudonyms;
using Regie.Web.Features.Chain.Results;

namespace Regie.Web.Features.Chain.Api;

public sealed record RecordError(
    [property: JsonPropertyName("record")] string Record,
    [property: JsonPropertyName("veld")] string Field,
    [property: JsonPropertyName("melding")] string Message);

/// <summary>
/// Checks a whole delivery before anything is stored: every result must name a pupil shared with this supplier under this
/// rule, a known test (part), a score inside its range, a date that is not in the future and a key that is new or
/// already stored with the very same values. Messages never repeat a pupil identifier.
/// </summary>
public sealed class DeliveryCheck(RegieDbContext db, PseudonymService pseudonyms)
{
    public const int MaxResults = 10_000;
    private const int KeyLength = 100, CodeLength = 50, GoalLength = 20, NameLength = 200, MaxMinutes = 10_000;

    public sealed record SharedPupil(Guid Id, Guid SchoolId, Guid? GroupId);

    public sealed class Outcome
    {
        public List<RecordError> Errors { get; } = [];
        public List<(ResultInput Input, SharedPupil Pupil, LearningTest Test, DateOnly TakenOn)> New { get; } = [];
        public int Skipped { get; set; }
        public List<LearningTest> Tests { get; set; } = [];
        public Guid? SchoolId { get; set; }
    }

    private sealed record Stored(Guid PupilId, string TestCode, string? TestPartCode, string? GoalCode, DateOnly TakenOn, double Score, int? MinutesSpent);

    public async Task<Outcome> RunAsync(DeliveryInput input, SupplierRules.Access access, RuleScope scope, DateOnly today, CancellationToken ct)
    {
        var outcome = new Outcome();
        var results = input.Resultaten ?? [];
        if (results.Count == 0) outcome.Errors.Add(new("resultaten", "resultaten", "De levering bevat geen resultaten."));
        if (results.Count > MaxResults)
        {
            outcome.Errors.Add(new("resultaten", "resultaten", $"Een levering bevat hoogstens {MaxResults:N0} resultaten; deze bevat er {results.Count:N0}. Verdeel ze over meer leveringen."));
            return outcome;
        }
        if (input.School is var (brin, location))
        {
            var school = scope.Schools.Values.FirstOrDefault(s => string.Equals(s.Brin, brin, StringComparison.OrdinalIgnoreCase) && s.LocationNumber == location);
            if (school is null) outcome.Errors.Add(new("school", "brincode", "Deze school (brincode en dependancecode) valt niet onder de deelregel."));
            outcome.SchoolId = school?.Id ?? Guid.Empty;
        }

        var tests = await TestsAsync(input, access, outcome, ct);
        var pupils = await PupilsAsync(results, access, ct);
        var stored = await StoredAsync(results, access.Rule.SupplierId, ct);
        var seenKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < results.Count; i++)
        {
            var result = Normalized(results[i]);
            var record = result.Record ?? $"resultaten[{i}]";
            var before = outcome.Errors.Count;
            void Error(string field, string message) => outcome.Errors.Add(new(record, field, message));
            foreach (var (field, message) in result.Unreadable ?? []) Error(field, message);

            if (string.IsNullOrWhiteSpace(result.Key)) Error("key", "De sleutel van het resultaat ontbreekt.");
            else if (result.Key.Length > KeyLength) Error("key", $"De sleutel is langer dan {KeyLength} tekens.");
            else if (!seenKeys.Add(result.Key)) Error("key", "Deze sleutel komt al eerder in deze levering voor.");

            SharedPupil? pupil = null;
            if (string.IsNullOrWhiteSpace(result.Leerlingid)) Error("leerlingid", "De leerlingid ontbreekt.");
            else if (!pupils.TryGetValue(result.Leerlingid, out var found)) Error("leerlingid", "Deze leerlingid is onbekend. Gebruik de leerlingid uit de leerlinglijst van deze deelregel.");
            else if (found is null || !scope.Covers(scope.BoardId, found.SchoolId, found.GroupId, archived: false)) Error("leerlingid", "Deze leerling is niet met uw organisatie gedeeld onder deze deelregel.");
            else if (outcome.SchoolId is { } school && found.SchoolId != school) Error("leerlingid", "Deze leerling hoort niet bij de school van deze levering.");
            else pupil = found;

            LearningTest? test = null;
            if (string.IsNullOrWhiteSpace(result.Toetscode)) Error("toetscode", "De toetscode ontbreekt.");
            else if (!tests.ContainsKey((result.Toetscode, ""))) Error("toetscode", "Deze toets is onbekend. Beschrijf hem in 'toetsen' in deze of een eerdere levering.");
            else if (!tests.TryGetValue((result.Toetscode, result.Toetsonderdeelcode ?? ""), out test)) Error("toetsonderdeelcode", "Dit toetsonderdeel is onbekend bij deze toets.");

            var takenOn = default(DateOnly);
            if (!DateOnly.TryParseExact(result.Afnamedatum, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out takenOn))
                Error("afnamedatum", "De afnamedatum ontbreekt of heeft niet de vorm jjjj-mm-dd.");
            else if (takenOn > today) Error("afnamedatum", "De afnamedatum ligt in de toekomst.");

            if (result.Score is not { } score) { if (result.Unreadable?.Any(u => u.Field == "score") != true) Error("score", "De score ontbreekt."); }
            else if (test is not null && (score < test.MinScore || score > test.MaxScore))
                Error("score", $"De score ligt buiten het bereik van de toets ({test.MinScore.ToString(CultureInfo.InvariantCulture)} tot en met {test.MaxScore.ToString(CultureInfo.InvariantCulture)}).");
            if (result.Leerdoel is { Length: > GoalLength }) Error("leerdoel", $"De leerdoelcode is langer dan {GoalLength} tekens.");
            if (result.Minuten is < 0 or > MaxMinutes) Error("minuten", $"De bestede tijd moet tussen 0 en {MaxMinutes:N0} minuten liggen.");

            if (outcome.Errors.Count > before || pupil is null || test is null) continue;
            if (stored.TryGetValue(result.Key!, out var earlier))
            {
                if (earlier == new Stored(pupil.Id, result.Toetscode!, result.Toetsonderdeelcode, GoalOf(result, test!), takenOn, result.Score!.Value, result.Minuten))
                    outcome.Skipped++;
                else Error("key", "Een resultaat met deze sleutel is eerder aangeleverd met andere waarden. Een aangeleverd resultaat wijzigt niet; gebruik een nieuwe sleutel.");
                continue;
            }
            outcome.New.Add((result, pupil, test!, takenOn));
        }
        outcome.Tests = tests.Values.Distinct().ToList();
        return outcome;
    }

    /// <summary>The result's own learning goal, or else its test's.</summary>
    public static string? GoalOf(ResultInput result, LearningTest test) => result.Leerdoel ?? test.GoalCode;

    private static ResultInput Normalized(ResultInput result)
    {
        result.Key = result.Key?.Trim();
        result.Leerlingid = result.Leerlingid?.Trim();
        result.Toetscode = result.Toetscode?.Trim();
        result.Toetsonderdeelcode = Empty(result.Toetsonderdeelcode);
        result.Leerdoel = Empty(result.Leerdoel);
        result.Afnamedatum = result.Afnamedatum?.Trim();
        return result;
    }

    public static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The tests known for this supplier and product, with this delivery's descriptions applied (tracked, to save).</summary>
    private async Task<Dictionary<(string, string), LearningTest>> TestsAsync(DeliveryInput input, SupplierRules.Access access, Outcome outcome, CancellationToken ct)
    {
        var rule = access.Rule;
        var known = await db.LearningTests.IgnoreQueryFilters()
            .Where(t => t.BoardId == rule.BoardId && t.SupplierId == rule.SupplierId && t.CatalogItemId == rule.CatalogItemId).ToListAsync(ct);
        var tests = known.ToDictionary(t => (t.TestCode, t.PartCode));
        var described = new HashSet<(string, string)>();
        var list = input.Toetsen ?? [];
        for (var t = 0; t < list.Count; t++)
        {
            var test = list[t];
            var record = test.Record ?? $"toetsen[{t}]";
            foreach (var (field, message) in test.Unreadable ?? []) outcome.Errors.Add(new(record, field, message));
            if (Describe(record, test.Toetscode, "", test.Naam, test.Leerdoel, test.Minimum, test.Maximum, test.Norm, "toetscode") is not { } whole) continue;
            var parts = test.Onderdelen ?? [];
            for (var p = 0; p < parts.Count; p++)
            {
                var part = parts[p];
                Describe(test.Record is null ? $"{record}.onderdelen[{p}]" : $"{record}.toetsonderdeel[{p + 1}]", whole.TestCode, part.Toetsonderdeelcode,
                    part.Naam, part.Leerdoel ?? test.Leerdoel, part.Minimum, part.Maximum, part.Norm, "toetsonderdeelcode");
            }
        }
        return tests;

        LearningTest? Describe(string record, string? testCode, string? partCode, string? name, string? goal, double? min, double? max, double? norm, string codeField)
        {
            var before = outcome.Errors.Count;
            void Error(string field, string message) => outcome.Errors.Add(new(record, field, message));
            var code = testCode?.Trim() ?? "";
            var part = partCode?.Trim() ?? "";
            var own = codeField == "toetscode" ? code : part;
            if (own.Length == 0) Error(codeField, "De code ontbreekt.");
            else if (own.Length > CodeLength) Error(codeField, $"De code is langer dan {CodeLength} tekens.");
            else if (!described.Add((code, part))) Error(codeField, "Deze code is al eerder in deze levering beschreven.");
            if (string.IsNullOrWhiteSpace(name)) Error("naam", "De naam ontbreekt.");
            else if (name.Length > NameLength) Error("naam", $"De naam is langer dan {NameLength} tekens.");
            if (goal is { Length: > GoalLength }) Error("leerdoel", $"De leerdoelcode is langer dan {GoalLength} tekens.");
            if (min is null) Error("minimum", "De laagst mogelijke score ontbreekt.");
            if (max is null) Error("maximum", "De hoogst mogelijke score ontbreekt.");
            if (min is { } low && max is { } high && low >= high) Error("maximum", "De hoogste score moet groter zijn dan de laagste.");
            else if (norm is { } n && min is { } lo && max is { } hi && (n < lo || n > hi)) Error("norm", "De norm ligt buiten het bereik van de toets.");
            if (outcome.Errors.Count > before) return null;

            if (!tests.TryGetValue((code, part), out var test))
            {
                test = new LearningTest { BoardId = access.Rule.BoardId, SupplierId = access.Rule.SupplierId, CatalogItemId = access.Rule.CatalogItemId, TestCode = code, PartCode = part };
                db.LearningTests.Add(test);
                tests[(code, part)] = test;
            }
            test.Name = name!.Trim();
            test.GoalCode = Empty(goal);
            test.MinScore = min!.Value;
            test.MaxScore = max!.Value;
            test.NormScore = norm;
            return test;
        }
    }

    /// <summary>Each identifier in the delivery with its pupil: the supplier's own pseudonyms, and ECK iDs where the rule uses them. Null: known, but of another board.</summary>
    private async Task<Dictionary<string, SharedPupil?>> PupilsAsync(List<ResultInput> results, SupplierRules.Access access, CancellationToken ct)
    {
        var rule = access.Rule;
        var ids = results.Select(r => r.Leerlingid).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var pupils = new Dictionary<string, SharedPupil?>(StringComparer.Ordinal);
        var issued = await db.IssuedPseudonyms.IgnoreQueryFilters().Where(p => p.SupplierId == rule.SupplierId && EF.Parameter(ids).Contains(p.Value))
            .Join(db.Pupils.IgnoreQueryFilters(), p => p.PupilId, pupil => pupil.Id,
                (p, pupil) => new { p.Value, pupil.Id, pupil.BoardId, pupil.SchoolId, pupil.GroupId, pupil.ArchivedAt })
            .ToListAsync(ct);
        foreach (var p in issued)
            pupils[p.Value] = p.BoardId == rule.BoardId && p.ArchivedAt == null ? new SharedPupil(p.Id, p.SchoolId, p.GroupId) : null;

        if (rule.UseEckId && access.Agreement.Agreement?.AllowsEckId == true)
        {
            var byLookup = ids.Where(EckId.IsValid).ToDictionary(pseudonyms.EckIdLookup, id => id);
            var lookups = byLookup.Keys.ToList();
            var found = await db.Pupils.IgnoreQueryFilters().Where(p => p.BoardId == rule.BoardId && p.ArchivedAt == null && p.EckIdLookup != null && EF.Parameter(lookups).Contains(p.EckIdLookup))
                .Select(p => new { p.Id, p.SchoolId, p.GroupId, p.EckIdLookup }).ToListAsync(ct);
            foreach (var p in found) pupils[byLookup[p.EckIdLookup!]] = new SharedPupil(p.Id, p.SchoolId, p.GroupId);
        }
        return pupils;
    }

    // EF.Parameter: one array parameter (json_each / ANY) instead of one SQL parameter per key, which costs seconds at 10,000 keys.
    private async Task<Dictionary<string, Stored>> StoredAsync(List<ResultInput> results, Guid supplierId, CancellationToken ct)
    {
        var keys = results.Select(r => r.Key).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var rows = await db.LearningResults.IgnoreQueryFilters().AsNoTracking().Where(r => r.SupplierId == supplierId && EF.Parameter(keys).Contains(r.ResultKey))
            .Select(r => new { r.ResultKey, Stored = new Stored(r.PupilId, r.TestCode, r.TestPartCode, r.GoalCode, r.TakenOn, r.Score, r.MinutesSpent) })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.ResultKey, r => r.Stored, StringComparer.Ordinal);
    }
}
