using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Regie.Web.Features.Chain.Api;

public sealed record RuleProduct([property: JsonPropertyName("id")] Guid Id, [property: JsonPropertyName("titel")] string Title);

/// <summary>One sharing rule of the key's supplier, with whether a roster may be fetched under it today.</summary>
public sealed record RuleSummary(
    [property: JsonPropertyName("id"), Description("De id van de deelregel; gebruik hem in /chain/rosters/{id}.")] Guid Id,
    [property: JsonPropertyName("bestuur")] string Board,
    [property: JsonPropertyName("product")] RuleProduct Product,
    [property: JsonPropertyName("scholen"), Description("Het aantal scholen in de deelregel.")] int Schools,
    [property: JsonPropertyName("status"), Description("actief, of geblokkeerd zolang er geen passende ondertekende verwerkersovereenkomst is.")] string Status,
    [property: JsonPropertyName("reden"), Description("Waarom de deelregel geblokkeerd is; leeg als hij actief is.")] string? Reason);

public sealed record RosterGroup(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("naam")] string Name,
    [property: JsonPropertyName("jaargroep"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? YearGroup);

/// <summary>A pupil as the supplier knows it: its pseudonym (or ECK iD) and, when shared, its group and year group. Nothing else.</summary>
public sealed record RosterPupil(
    [property: JsonPropertyName("leerlingid"), Description("Het pseudoniem dat uw organisatie voor deze leerling krijgt, of het ECK iD als het bestuur dat zo heeft gekozen.")] string PupilId,
    [property: JsonPropertyName("groep"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Group,
    [property: JsonPropertyName("jaargroep"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? YearGroup);

public sealed record RosterSchool(
    [property: JsonPropertyName("brincode")] string Brin,
    [property: JsonPropertyName("dependancecode")] string LocationNumber,
    [property: JsonPropertyName("groepen"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<RosterGroup>? Groups,
    [property: JsonPropertyName("leerlingen")] IReadOnlyList<RosterPupil> Pupils);

/// <summary>The "smalle set" of a sharing rule: per school the shared groups and pupils.</summary>
public sealed record Roster(
    [property: JsonPropertyName("schooljaar")] string SchoolYear,
    [property: JsonPropertyName("scholen")] IReadOnlyList<RosterSchool> Schools);
