using System.ComponentModel.DataAnnotations;
using Regie.Web.Data;

namespace Regie.Web.Features.Chain.Sharing;

/// <summary>
/// A processing agreement (verwerkersovereenkomst) with a supplier, for one product or — without a product — for all
/// of that supplier's products, with the sections of the supplier's privacy sheet. Only a signed agreement that has not
/// ended lets a roster leave Regie.
/// </summary>
public sealed class ProcessingAgreement : IAudited, IVersioned, IArchivable, IBoardOwned
{
    public const int ModelVersionMax = 100;
    public const int SectionMax = 4000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }
    public Guid SupplierId { get; set; }
    /// <summary>The catalogue item the agreement covers; null covers every product of the supplier.</summary>
    public Guid? CatalogItemId { get; set; }
    [Display(Name = "Modelversie")] public string ModelVersion { get; set; } = "";
    [Display(Name = "Ondertekend op")] public DateOnly? SignedOn { get; set; }
    [Display(Name = "Geldig tot")] public DateOnly? EndsOn { get; set; }
    [Display(Name = "Gegevens die de leverancier mag ontvangen")] public SharedFields DataCategories { get; set; }
    [Display(Name = "ECK iD toegestaan")] public bool AllowsEckId { get; set; }
    [Display(Name = "Doeleinden")] public string Purposes { get; set; } = "";
    [Display(Name = "Categorieën persoonsgegevens")] public string PersonalDataCategories { get; set; } = "";
    [Display(Name = "Subverwerkers")] public string Subprocessors { get; set; } = "";
    [Display(Name = "Landen van verwerking")] public string ProcessingCountries { get; set; } = "";
    [Display(Name = "Bewaartermijn")] public string Retention { get; set; } = "";
    [Display(Name = "Beveiligingsmaatregelen")] public string SecurityMeasures { get; set; } = "";
    [Display(Name = "Melding datalekken")] public string BreachNotification { get; set; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    [Display(Name = "Gearchiveerd op")] public DateTimeOffset? ArchivedAt { get; private set; }
    public int Version { get; set; }

    public bool IsInForceOn(DateOnly day) => ArchivedAt is null && SignedOn is { } signed && signed <= day && (EndsOn is null || EndsOn >= day);

    /// <summary>Concept until signed; expired after its end date. A signed date still to come counts as signed (see <see cref="AgreementCheck"/>).</summary>
    public AgreementStatus StatusOn(DateOnly day) =>
        SignedOn is null ? AgreementStatus.Concept : EndsOn < day ? AgreementStatus.Expired : AgreementStatus.Concluded;

    public bool Covers(Guid supplierId, Guid catalogItemId) => SupplierId == supplierId && (CatalogItemId is null || CatalogItemId == catalogItemId);

    public void Archive(DateTimeOffset now) => ArchivedAt ??= now;
    public void Restore() => ArchivedAt = null;
}
