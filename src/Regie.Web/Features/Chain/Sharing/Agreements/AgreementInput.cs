using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Regie.Web.Data;

namespace Regie.Web.Features.Chain.Sharing.Agreements;

/// <summary>The agreement form, shared by Create and Edit.</summary>
public sealed class AgreementInput
{
    private const string TooLong = "{0} mag niet langer zijn dan {1} tekens.";

    [Display(Name = "Leverancier")] public Guid? SupplierId { get; set; }

    /// <summary>Empty: the agreement covers every product of the supplier.</summary>
    [Display(Name = "Product")] public Guid? CatalogItemId { get; set; }

    [Display(Name = "Modelversie"), Required(ErrorMessage = "Vul de modelversie in, bijvoorbeeld de versie van de modelverwerkersovereenkomst."),
     StringLength(ProcessingAgreement.ModelVersionMax, ErrorMessage = "De modelversie mag niet langer zijn dan {1} tekens.")]
    public string ModelVersion { get; set; } = "";

    [Display(Name = "Ondertekend op")] public DateOnly? SignedOn { get; set; }
    [Display(Name = "Geldig tot")] public DateOnly? EndsOn { get; set; }

    [Display(Name = "Gegevens die de leverancier mag ontvangen")] public List<SharedFields> DataCategories { get; set; } = [];
    [Display(Name = "Het ECK iD mag worden gedeeld")] public bool AllowsEckId { get; set; }

    [Display(Name = "Doeleinden"), StringLength(ProcessingAgreement.SectionMax, ErrorMessage = TooLong)] public string? Purposes { get; set; }
    [Display(Name = "Categorieën persoonsgegevens"), StringLength(ProcessingAgreement.SectionMax, ErrorMessage = TooLong)] public string? PersonalDataCategories { get; set; }
    [Display(Name = "Subverwerkers"), StringLength(ProcessingAgreement.SectionMax, ErrorMessage = TooLong)] public string? Subprocessors { get; set; }
    [Display(Name = "Landen van verwerking"), StringLength(ProcessingAgreement.SectionMax, ErrorMessage = TooLong)] public string? ProcessingCountries { get; set; }
    [Display(Name = "Bewaartermijn"), StringLength(ProcessingAgreement.SectionMax, ErrorMessage = TooLong)] public string? Retention { get; set; }
    [Display(Name = "Beveiligingsmaatregelen"), StringLength(ProcessingAgreement.SectionMax, ErrorMessage = TooLong)] public string? SecurityMeasures { get; set; }
    [Display(Name = "Melding datalekken"), StringLength(ProcessingAgreement.SectionMax, ErrorMessage = TooLong)] public string? BreachNotification { get; set; }

    public int Version { get; set; }

    public static AgreementInput From(ProcessingAgreement a) => new()
    {
        SupplierId = a.SupplierId, CatalogItemId = a.CatalogItemId, ModelVersion = a.ModelVersion, SignedOn = a.SignedOn, EndsOn = a.EndsOn,
        DataCategories = SharedFieldLabels.Choosable.Where(f => a.DataCategories.HasFlag(f)).ToList(), AllowsEckId = a.AllowsEckId,
        Purposes = a.Purposes, PersonalDataCategories = a.PersonalDataCategories, Subprocessors = a.Subprocessors,
        ProcessingCountries = a.ProcessingCountries, Retention = a.Retention, SecurityMeasures = a.SecurityMeasures,
        BreachNotification = a.BreachNotification, Version = a.Version,
    };

    public void ApplyTo(ProcessingAgreement a)
    {
        a.SupplierId = SupplierId!.Value;
        a.CatalogItemId = CatalogItemId;
        a.ModelVersion = ModelVersion.Trim();
        a.SignedOn = SignedOn;
        a.EndsOn = EndsOn;
        a.DataCategories = SharedFieldLabels.Combine(DataCategories);
        a.AllowsEckId = AllowsEckId;
        a.Purposes = Clean(Purposes);
        a.PersonalDataCategories = Clean(PersonalDataCategories);
        a.Subprocessors = Clean(Subprocessors);
        a.ProcessingCountries = Clean(ProcessingCountries);
        a.Retention = Clean(Retention);
        a.SecurityMeasures = Clean(SecurityMeasures);
        a.BreachNotification = Clean(BreachNotification);
    }

    /// <summary>Checks across fields: the supplier and its product, and dates that make sense on <paramref name="today"/>.</summary>
    public async Task ValidateAsync(ModelStateDictionary state, RegieDbContext db, DateOnly today, Guid? keptItem, CancellationToken ct)
    {
        await SharingCatalog.CheckProductAsync(state, db, SupplierId, CatalogItemId, itemRequired: false, keptItem, ct);
        if (SignedOn > today)
            state.AddModelError("Input.SignedOn", "De datum van ondertekening kan niet in de toekomst liggen. Laat het veld leeg zolang de overeenkomst niet is ondertekend.");
        if (EndsOn is { } ends && SignedOn is { } signed && ends <= signed)
            state.AddModelError("Input.EndsOn", "De einddatum moet na de datum van ondertekening liggen.");
        if (DataCategories.Any(f => !SharedFieldLabels.Choosable.Contains(f)))
            state.AddModelError("Input.DataCategories", "Kies alleen gegevens uit de lijst.");
    }

    private static string Clean(string? text) => text?.Trim() ?? "";
}
