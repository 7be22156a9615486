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
    [Display(Name = "Beoordelingen")] public Dictionary<ReviewAspect, int> Ratings { get; set; } = [];
    [Display(Name = "Toelichting")] public string Text { get; set; } = "";
    [Display(Name = "Sector")] public Catalog.SchoolSectors ContextSector { get; set; }
    /// <summary>A level code from CodeLists.Levels, or a school type such as "havo".</summary>
    [Display(Name = "Niveau")] public string? ContextLevel { get; set; }
    [Display(Name = "Maanden in gebruik")] public int? MonthsOfUse { get; set; }

    [Display(Name = "Status")] public ReviewStatus Status { get; set; } = ReviewStatus.Published;
    [Display(Name = "Reden van moderatie")] public string? ModerationReason { get; set; }
    public DateTimeOffset? ModeratedAt { get; set; }
    public string? ModeratedBy { get; set; }

    [Display(Name = "Reactie van de leverancier")] public string? SupplierReply { get; set; }
    public DateTimeOffset? SupplierReplyAt { get; set; }
    public string? SupplierReplyBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When the author last changed the review; moderation and replies keep their own times.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }

    Guid IAuditOwned.AuditOwnerId => BoardId;

    /// <summary>The mean of the given aspect ratings, the figure lists and sorting use.</summary>
    public double Overall => Ratings.Count == 0 ? 0 : Ratings.Values.Average();

    /// <summary>The overall rating as whole stars, the bar of the distribution it counts in.</summary>
    public int Stars => (int)Math.Round(Overall, MidpointRounding.AwayFromZero);

    public bool IsPublished => Status == ReviewStatus.Published;
    public bool IsEdited => UpdatedAt > CreatedAt;

    /// <summary>
    /// Sets what the author says: at least one aspect rated 1–5, the text and the context. The first call dates the
    /// review; later calls date the edit, and the audit trail keeps the earlier version.
    /// </summary>
    public void Write(IReadOnlyDictionary<ReviewAspect, int> ratings, string text, Catalog.SchoolSectors sector, string? level, int? monthsOfUse, bool showName, DateTimeOffset now)
    {
        if (ratings.Count == 0 || ratings.Any(r => !Enum.IsDefined(r.Key) || r.Value is < 1 or > 5))
            throw new InvalidOperationException("A review rates at least one aspect, each from 1 to 5.");
        var changed = CreatedAt == default || Text != text || ContextSector != sector || ContextLevel != level || MonthsOfUse != monthsOfUse
                      || ShowName != showName || Ratings.Count != ratings.Count || ratings.Any(r => Ratings.GetValueOrDefault(r.Key) != r.Value);
        if (!changed) return;
        Ratings = new Dictionary<ReviewAspect, int>(ratings);
        Text = text;
        ContextSector = sector;
        ContextLevel = level;
        MonthsOfUse = monthsOfUse;
        ShowName = showName;
        if (CreatedAt == default) CreatedAt = now;
        UpdatedAt = now;
    }

    /// <summary>A moderator takes the review out of public lists and ratings; the author reads the reason.</summary>
    public void Hide(string reason, string moderator, DateTimeOffset now)
    {
        if (Status != ReviewStatus.Published) throw new InvalidOperationException("Only a published review can be hidden.");
        if (string.IsNullOrWhiteSpace(reason)) throw new InvalidOperationException("Hiding a review needs a reason.");
        Status = ReviewStatus.Hidden;
        ModerationReason = reason.Trim();
        ModeratedAt = now;
        ModeratedBy = moderator;
    }

    public void Restore(string moderator, DateTimeOffset now)
    {
        if (Status != ReviewStatus.Hidden) throw new InvalidOperationException("Only a hidden review can be restored.");
        Status = ReviewStatus.Published;
        ModerationReason = null;
        ModeratedAt = now;
        ModeratedBy = moderator;
    }

    /// <summary>The supplier's one reply; writing again replaces it, and the audit trail keeps the earlier text.</summary>
    public void Reply(string text, string by, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new InvalidOperationException("A reply has text.");
        SupplierReply = text.Trim();
        SupplierReplyAt = now;
        SupplierReplyBy = by;
    }

    /// <summary>"leraar, po, groep 5": role and context, with the name in front only when the author chose to show it.</summary>
    public string Reviewer()
    {
        var parts = new List<string> { Infrastructure.Authorization.Roles.Label(AuthorRole).ToLowerInvariant() };
        if (ContextSector != Catalog.SchoolSectors.None) parts.Add(Infrastructure.Enums.Label(ContextSector));
        if (ContextLevel is { } level) parts.Add(ReviewLevels.Label(level));
        var context = string.Join(", ", parts);
        return ShowName && !string.IsNullOrWhiteSpace(AuthorName) ? $"{AuthorName} ({context})" : context;
    }
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

    public bool IsOpen => HandledAt is null;

    public void Handle(string outcome, string moderator, DateTimeOffset now)
    {
        if (!IsOpen) throw new InvalidOperationException("This report was handled already.");
        Outcome = outcome;
        HandledBy = moderator;
        HandledAt = now;
    }
}
