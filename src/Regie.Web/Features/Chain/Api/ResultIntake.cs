using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Chain.Access;
using Regie.Web.Features.Chain.Results;
using Regie.Web.Infrastructure.Api;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Chain.Api;

public sealed record DeliveryReceipt(
    [property: JsonPropertyName("levering")] Guid Delivery,
    [property: JsonPropertyName("resultaten")] int Results,
    [property: JsonPropertyName("leerlingen")] int Pupils,
    [property: JsonPropertyName("overgeslagen"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Skipped);

/// <summary>
/// POST /chain/rosters/{id}/results: one delivery, checked as a whole, stored in one transaction or not at all.
/// The same content again answers with the first receipt; results already stored with identical values are skipped.
/// </summary>
public static class ResultIntake
{
    public const int MaxErrorsShown = 1000;

    public static async Task<IResult> DeliverAsync(Guid id, HttpContext http, RegieDbContext db, TenantContext tenant, DeliveryCheck check, TimeProvider clock, CancellationToken ct)
    {
        var supplierId = SupplierRules.SupplierId(tenant);
        var today = SupplierRules.Today(clock);
        if (await SupplierRules.FindAsync(db, id, supplierId, today, ct) is not { } access) return SupplierRules.NotFound();
        if (!access.Agreement.Allowed) return SupplierRules.NoAgreement(access.Agreement.Reason!);
        var (body, problem) = await DeliveryBody.ReadAsync(http.Request, ct);
        if (problem is not null) return problem;
        var hash = body!.Hash(id);
        if (await ReceiptAsync(db, supplierId, hash, ct) is { } earlier) return TypedResults.Ok(earlier);

        DeliveryInput input;
        try
        {
            input = body.Format == ResultFormat.Json
                ? JsonSerializer.Deserialize(body.Bytes.Span, DeliveryJson.Default.DeliveryInput) ?? new DeliveryInput()
                : LeerresultatenXml.Read(body.Bytes);
        }
        catch (JsonException e)
        {
            var where = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" bij veld '{e.Path.TrimStart('$', '.')}'";
            return ApiProblem.Of(StatusCodes.Status400BadRequest, "Ongeldige JSON",
                $"De JSON kan niet worden gelezen{where} (regel {(e.LineNumber ?? 0) + 1}): een waarde heeft de verkeerde vorm of de tekst is onvolledig. Er is niets opgeslagen.");
        }
        catch (FormatException e)
        {
            return ApiProblem.Of(StatusCodes.Status400BadRequest, "Ongeldige XML", e.Message + " Er is niets opgeslagen.");
        }

        var scope = await RuleScope.LoadAsync(db, access.Rule, ct);
        var outcome = await check.RunAsync(input, access, scope, today, ct);
        if (outcome.Errors.Count > 0)
            return ApiProblem.Of(StatusCodes.Status422UnprocessableEntity, "Levering afgekeurd",
                $"De levering bevat {outcome.Errors.Count:N0} fout(en) en is in zijn geheel geweigerd; er is niets opgeslagen. Herstel de genoemde records en stuur de levering opnieuw.",
                new Dictionary<string, object?> { ["aantal"] = outcome.Errors.Count, ["errors"] = outcome.Errors.Take(MaxErrorsShown).ToList() });

        try
        {
            var receipt = await StoreAsync(db, access, outcome, body.Format, hash, http.User.Identity?.Name ?? "API", clock.GetUtcNow(), ct);
            return TypedResults.Created((string?)null, receipt);
        }
        catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException)
        {
            db.ChangeTracker.Clear();
            if (await ReceiptAsync(db, access.Rule.SupplierId, hash, ct) is { } concurrent) return TypedResults.Ok(concurrent);
            // Usually the same result keys sent twice at the same moment: the first delivery won, this one stored nothing.
            return ApiProblem.Of(StatusCodes.Status409Conflict, "Gelijktijdige levering",
                "Een andere levering met dezelfde resultaten werd op hetzelfde moment verwerkt. Er is niets opgeslagen; stuur de levering opnieuw.");
        }
    }

    private static async Task<DeliveryReceipt?> ReceiptAsync(RegieDbContext db, Guid supplierId, string hash, CancellationToken ct) =>
        await db.ResultDeliveries.IgnoreQueryFilters().AsNoTracking().Where(d => d.SupplierId == supplierId && d.ContentHash == hash)
            .Select(d => new DeliveryReceipt(d.Id, d.ResultCount, d.PupilCount, null)).SingleOrDefaultAsync(ct);

    private static async Task<DeliveryReceipt> StoreAsync(RegieDbContext db, SupplierRules.Access access, DeliveryCheck.Outcome outcome, ResultFormat format,
        string hash, string actor, DateTimeOffset now, CancellationToken ct)
    {
        var rule = access.Rule;
        var schools = outcome.New.Select(n => n.Pupil.SchoolId).Distinct().ToList();
        var delivery = new ResultDelivery
        {
            BoardId = rule.BoardId, SupplierId = rule.SupplierId, CatalogItemId = rule.CatalogItemId,
            SchoolId = outcome.SchoolId ?? (schools.Count == 1 ? schools[0] : null), ContentHash = hash, Format = format,
            ResultCount = outcome.New.Count, PupilCount = outcome.New.Select(n => n.Pupil.Id).Distinct().Count(),
            ReceivedVia = RosterBuilder.Truncate(actor), ReceivedAt = now,
        };
        var rows = outcome.New.Select(n => new LearningResult
        {
            BoardId = rule.BoardId, SchoolId = n.Pupil.SchoolId, PupilId = n.Pupil.Id, GroupId = n.Pupil.GroupId, SupplierId = rule.SupplierId,
            CatalogItemId = rule.CatalogItemId, DeliveryId = delivery.Id, ResultKey = n.Input.Key!, TestCode = n.Input.Toetscode!,
            TestPartCode = n.Input.Toetsonderdeelcode, GoalCode = DeliveryCheck.GoalOf(n.Input, n.Test), TakenOn = n.TakenOn,
            Score = n.Input.Score!.Value, MinutesSpent = n.Input.Minuten,
        }).ToList();

        db.ResultDeliveries.Add(delivery);
        foreach (var school in outcome.New.GroupBy(n => n.Pupil.SchoolId))
            db.DataAccessEntries.Add(new DataAccessEntry
            {
                BoardId = rule.BoardId, SchoolId = school.Key, SupplierId = rule.SupplierId, SupplierName = access.SupplierName,
                CatalogItemId = rule.CatalogItemId, ProductName = access.ProductName, Kind = DataAccessKind.ResultDelivery,
                Actor = RosterBuilder.Truncate(actor), RecordCount = school.Count(), PupilCount = school.Select(n => n.Pupil.Id).Distinct().Count(), At = now,
            });
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await ResultStore.InsertAsync(db, rows, ct);
        await transaction.CommitAsync(ct);
        return new DeliveryReceipt(delivery.Id, delivery.ResultCount, delivery.PupilCount, outcome.Skipped);
    }
}
