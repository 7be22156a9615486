using System.ComponentModel.DataAnnotations;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Text;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Market.Catalog;

/// <summary>
/// A product or service in the market. Its supplier maintains it; every signed-in user reads it once published.
/// Not tenant-filtered: published items are public, and the supplier portal filters on <see cref="SupplierId"/> itself.
/// </summary>
public sealed class CatalogItem : IAudited, IAuditOwned, IVersioned, IArchivable, IStamped
{
    public const int TitleMax = 200;
    public const int SummaryMax = 500;
    public const int DescriptionMax = 20_000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid SupplierId { get; init; }
    /// <summary>Copied from the supplier so cards and search need no join; refreshed when the supplier renames itself.</summary>
    [Display(Name = "Leverancier")] public string SupplierName { get; set { field = value; RefreshSearchText(); } } = "";

    /// <summary>The supplier's own reference, used to match rows when importing updates; unique per supplier.</summary>
    [Display(Name = "Eigen code")] public string? SupplierReference { get; set; }

    [Display(Name = "Titel")] public string Title { get; set { field = value; RefreshSearchText(); } } = "";
    [Display(Name = "Samenvatting")] public string Summary { get; set { field = value; RefreshSearchText(); } } = "";
    [Display(Name = "Beschrijving")] public string Description { get; set { field = value; RefreshSearchText(); } } = "";
    [Display(Name = "Soort")] public ItemKind Kind { get; set; }
    [Display(Name = "Soort dienst")] public ServiceType? ServiceType { get; set; }
    [Display(Name = "Status")] public ItemStatus Status { get; private set; } = ItemStatus.Concept;
    [Display(Name = "Website")] public string? Website { get; set; }

    [Display(Name = "Sectoren")] public SchoolSectors Sectors { get; set; }
    /// <summary>Codes from <see cref="CodeLists.Subjects"/>.</summary>
    [Display(Name = "Vakken")] public List<string> Subjects { get; set { field = value; RefreshSearchText(); } } = [];
    /// <summary>Codes from <see cref="CodeLists.Levels"/>: "groep-3", "havo-2", ...</summary>
    [Display(Name = "Leerjaren")] public List<string> Levels { get; set; } = [];
    /// <summary>Codes from <see cref="CodeLists.LearningGoals"/>: "kd-po-2006-23", ...</summary>
    [Display(Name = "Leerdoelen")] public List<string> LearningGoals { get; set; } = [];
    [Display(Name = "Vernieuwing")] public InnovationCategories Innovation { get; set; }
    [Display(Name = "Bouwstenen")] public BuildingBlocks BuildingBlocks { get; set; }

    [Display(Name = "Prijsmodel")] public PricingModel PricingModel { get; set; } = PricingModel.PerPupilPerYear;
    [Display(Name = "Prijs excl. btw")] public decimal PriceExclVat { get; set; }
    [Display(Name = "Btw-tarief")] public decimal VatRate { get; set; } = 21m;
    [Display(Name = "Minimale looptijd (maanden)")] public int? MinimumTermMonths { get; set; }
    [Display(Name = "Eenmalige kosten excl. btw")] public decimal? OneOffCostsExclVat { get; set; }
    [Display(Name = "Proefperiode mogelijk")] public bool TrialAvailable { get; set; }

    public ComplianceFacts Compliance { get; set; } = new();

    /// <summary>Kept by the reviews module: the number of published reviews and their mean overall rating.</summary>
    public int RatingCount { get; private set; }
    public double RatingAverage { get; private set; }

    /// <summary>Kept by the recognition module: the level of the latest decision and until when it holds.</summary>
    public string? RecognitionLevel { get; private set; }
    public DateOnly? RecognizedUntil { get; private set; }

    /// <summary>Title, summary, description, supplier and subjects in lower case without accents (PostgreSQL's Dutch full-text input).</summary>
    public string SearchText { get; private set; } = "";
    /// <summary>The same text as Dutch stems without stop words (SQLite's FTS5 input, which has no Dutch stemmer).</summary>
    public string SearchStems { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    [Display(Name = "Gepubliceerd op")] public DateTimeOffset? PublishedAt { get; private set; }
    [Display(Name = "Gearchiveerd op")] public DateTimeOffset? ArchivedAt { get; private set; }
    public int Version { get; set; }

    Guid IStamped.StampOwnerId => Guid.Empty;
    Guid IAuditOwned.AuditOwnerId => SupplierId;

    public bool IsPublished => Status == ItemStatus.Published;
    public decimal PriceInclVat => IncludingVat(PriceExclVat);

    public decimal IncludingVat(decimal amount) => Math.Round(amount * (1 + VatRate / 100m), 2, MidpointRounding.AwayFromZero);

    /// <summary>The mandatory fields a published item lacks, as Dutch labels; empty when it can be published.</summary>
    public IReadOnlyList<string> MissingForPublication()
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(Title)) missing.Add("Titel");
        if (string.IsNullOrWhiteSpace(Summary)) missing.Add("Samenvatting");
        if (string.IsNullOrWhiteSpace(Description)) missing.Add("Beschrijving");
        if (Sectors == SchoolSectors.None) missing.Add("Sectoren");
        if (Kind == ItemKind.Service && ServiceType is null) missing.Add("Soort dienst");
        if (Kind == ItemKind.LearningMaterial && Subjects.Count == 0) missing.Add("Vakken");
        if (Kind == ItemKind.LearningMaterial && Levels.Count == 0) missing.Add("Leerjaren");
        if (PriceExclVat <= 0 && PricingModel != PricingModel.OneOff && OneOffCostsExclVat is null or 0) missing.Add("Prijs excl. btw");
        if (Compliance.DataLocation == DataLocation.Unknown) missing.Add("Locatie van de gegevens");
        return missing;
    }

    /// <summary>Publishes when every mandatory field is filled; returns what is missing otherwise.</summary>
    public IReadOnlyList<string> Publish(DateTimeOffset now)
    {
        var missing = MissingForPublication();
        if (missing.Count > 0) return missing;
        Status = ItemStatus.Published;
        PublishedAt ??= now;
        ArchivedAt = null;
        return [];
    }

    /// <summary>Takes the item off the market but keeps it editable.</summary>
    public void Withdraw() => Status = ItemStatus.Concept;

    public void Archive(DateTimeOffset now)
    {
        Status = ItemStatus.Archived;
        ArchivedAt = now;
    }

    public void Restore()
    {
        Status = ItemStatus.Concept;
        ArchivedAt = null;
    }

    /// <summary>The platform records which compliance facts it checked; the rest stays "stated by the supplier".</summary>
    public void RecordVerification(IEnumerable<ComplianceFact> verified, DateTimeOffset now, string verifiedBy)
    {
        var facts = verified.Where(Enum.IsDefined).Distinct().Order().ToList();
        Compliance = Compliance with
        {
            Verified = facts,
            VerifiedAt = facts.Count == 0 ? null : now,
            VerifiedBy = facts.Count == 0 ? null : verifiedBy,
        };
    }

    public void ApplyRatings(int count, double average)
    {
        RatingCount = count;
        RatingAverage = count == 0 ? 0 : Math.Round(average, 2);
    }

    public void ApplyRecognition(string? level, DateOnly? until)
    {
        RecognitionLevel = level;
        RecognizedUntil = until;
    }

    public bool IsRecognizedOn(DateOnly day) => RecognitionLevel is not null && RecognizedUntil >= day;

    /// <summary>"Kosten in één oogopslag": what the item costs for a number of pupils (or hours, days) over a number of years.</summary>
    public CostEstimate Estimate(int quantity, int years) => CostEstimate.For(this, quantity, years);

    private void RefreshSearchText()
    {
        var subjects = string.Join(' ', (Subjects ?? []).Select(CodeLists.SubjectLabel));
        SearchText = SearchTerms.Normalize(string.Join(' ', Title, Summary, Description, SupplierName, subjects));
        SearchStems = string.Join(' ', DutchWords.Split(SearchText).Select(DutchStemmer.Stem));
    }
}
