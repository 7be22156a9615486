using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Regie.Web.Features.Chain.Api;

/// <summary>A delivery of learning results, as JSON or read from a UWLR-shaped leerresultaten XML.</summary>
public sealed class DeliveryInput
{
    [Description("De toetsen (met onderdelen en normen) waarnaar de resultaten verwijzen; eerder aangeleverde toetsen hoeven niet opnieuw.")]
    public List<TestInput>? Toetsen { get; set; }

    [Description("Tot 10.000 resultaten per levering.")]
    public List<ResultInput>? Resultaten { get; set; }

    /// <summary>The school the XML names (brincode + dependancecode); JSON deliveries may cover every school of the rule.</summary>
    [JsonIgnore] public (string Brin, string LocationNumber)? School { get; set; }
}

public sealed class TestInput
{
    public string? Toetscode { get; set; }
    public string? Naam { get; set; }
    [Description("De code van een leerdoel, bijvoorbeeld een kerndoelnummer.")] public string? Leerdoel { get; set; }
    public double? Minimum { get; set; }
    public double? Maximum { get; set; }
    [Description("De score vanaf welke een leerling op het verwachte niveau is.")] public double? Norm { get; set; }
    public List<TestPartInput>? Onderdelen { get; set; }
    [JsonIgnore] public string? Record { get; set; }
    [JsonIgnore] public List<(string Field, string Message)>? Unreadable { get; set; }
}

public sealed class TestPartInput
{
    public string? Toetsonderdeelcode { get; set; }
    public string? Naam { get; set; }
    public string? Leerdoel { get; set; }
    public double? Minimum { get; set; }
    public double? Maximum { get; set; }
    public double? Norm { get; set; }
}

public sealed class ResultInput
{
    [Description("Uw eigen sleutel van dit resultaat; uniek binnen uw organisatie.")] public string? Key { get; set; }
    [Description("Het pseudoniem uit de leerlinglijst (of het ECK iD als de deelregel dat gebruikt).")] public string? Leerlingid { get; set; }
    public string? Toetscode { get; set; }
    public string? Toetsonderdeelcode { get; set; }
    [Description("De datum van afname, jjjj-mm-dd.")] public string? Afnamedatum { get; set; }
    public double? Score { get; set; }
    public string? Leerdoel { get; set; }
    [Description("De bestede tijd in minuten.")] public int? Minuten { get; set; }
    /// <summary>Where the record sits in the delivery, for the error list: "resultaten[7]" or the XML line.</summary>
    [JsonIgnore] public string? Record { get; set; }
    /// <summary>Fields the XML reader could not read as the right type.</summary>
    [JsonIgnore] public List<(string Field, string Message)>? Unreadable { get; set; }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(DeliveryInput))]
internal sealed partial class DeliveryJson : JsonSerializerContext;
