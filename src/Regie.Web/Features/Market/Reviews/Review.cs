using System.ComponentModel.DataAnnotations;
using Regie.Web.Data;

namespace Regie.Web.Features.Market.Reviews;

public enum ReviewAspect
{
    [Display(Name = "Didactische kwaliteit")] Didactics = 1,
    [Display(Name = "Gebruiksgemak")] EaseOfUse = 2,
    [Display(Name = "Betrouwbaarheid en toegang")] Reliability = 3,
    [Display(Name = "Ondersteuning door de leverancier")] SupplierSupport = 4,
    [Display(Name = "Prijs-kwaliteitverhouding")] PriceQuality = 5,
}

public enum ReviewStatus
{
    [Display(Name = "Gepubliceerd")] Published = 1,
    /// <summary>Hidden by a moderator, with a reason; the author sees why.</summary>
    [Display(Name = "Verborgen door moderatie")] Hidden = 2,
}

/// <summary>
/// A board user's experience with a catalogue item. Public to every signed-in user (that is its purpose), but only
/// its author changes it; other boards see the author as role and context unless the author chose to show the name.
/// Not tenant-filtered for reading; writes check <see cref="AuthorId"/>.
/// </summary>
public sealed class Review : IAudited, IAuditOwned, IVersioned
{
    public const int TextMax = 4000;
    public const int ReplyMax = 2000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ItemId { get; init; }
    public Guid BoardId { get; init; }
    public Guid AuthorId { get; init; }
    public string AuthorName { get; set; } = "";
    /// <summary>The author's role key at the time of writing, shown as "leraar" when the name is hidden.</summary>
    public string AuthorRole { get; set; } = "";
    [Display(Name = "Naam tonen")] public bool ShowName { get; set; }

    /// <summary>Ratings 1–5 per aspect; an aspect the author could not judge is absent.</summary>
    public Dictionary<ReviewAspect, int> Ratings { get; set; } = [];
    [Display(Name = "Toelichting")] public string Text { get; set; } = "";
    [Display(Name = "Sector")] public Catalog.SchoolSectors ContextSector { get; set; }
    /// <summary>A level code from CodeLists.Levels, or a school type such as "havo".</summary>
    [Display(Name = "Niveau")] public string? ContextLevel { get; set; }
    [Display(Name = "Maanden in gebruik")] public int? MonthsOfUse { get; set; }

    public ReviewStatus Status { get; set; } = ReviewStatus.Published;
    [Display(Name = "Reden van moderatie")] public string? ModerationReason { get; set; }
    public DateTimeOffset? ModeratedAt { get; set; }
    public string? ModeratedBy { get; set; }

    [Display(Name = "Reactie van de leverancier")] public string? SupplierReply { get; set; }
    public DateTimeOffset? SupplierReplyAt { get; set; }
    public string? SupplierReplyBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }

    Guid IAuditOwned.AuditOwnerId => BoardId;

    /// <summary>The mean of the given aspect ratings, the figure lists and sorting use.</summary>
    public double Overall => Ratings.Count == 0 ? 0 : Ratings.Values.Average();
}

public enum ReportReason
{
    [Display(Name = "Beledigend of ongepast")] Offensive = 1,
    [Display(Name = "Bevat persoonsgegevens")] PersonalData = 2,
    [Display(Name = "Reclame of spam")] Spam = 3,
    [Display(Name = "Onjuist of misleidend")] Misleading = 4,
    [Display(Name = "Anders")] Other = 5,
}

/// <summary>A user's report that a review breaks the rules; it waits in the moderation queue until handled.</summary>
public sealed class ReviewReport : IAudited, IAuditOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ReviewId { get; init; }
    public Guid ReporterOrganizationId { get; init; }
    public Guid ReporterId { get; init; }
    public string ReporterName { get; init; } = "";
    public ReportReason Reason { get; init; }
    public string? Note { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? HandledAt { get; set; }
    public string? HandledBy { get; set; }
    /// <summary>What the moderator decided, in words the reporter can read.</summary>
    public string? Outcome { get; set; }
    Guid IAuditOwned.AuditOwnerId => ReporterOrganizationId;
}
