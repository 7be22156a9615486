using System.ComponentModel;
using Regie.Web.Features.Procurement.Offers;
using Regie.Web.Features.Procurement.Projects;

namespace Regie.Web.Features.Procurement.Api;

/// <summary>One invitation of the key's supplier: the project it may offer on, with its deadlines.</summary>
public sealed record InvitationSummary(
    [property: Description("De id van het inkooptraject; gebruik hem in /procurement/invitations/{id}.")] Guid Id,
    string Reference, string Title, string BoardName, ProjectStatus Status,
    DateTimeOffset? QuestionsDeadline, DateTimeOffset? OfferDeadline, DateTimeOffset? InvitedAt,
    [property: Description("De status van uw eigen inschrijving, of null als u nog niet begonnen bent.")] OfferStatus? OfferStatus);

public sealed record InvitationList(IReadOnlyList<InvitationSummary> Items);

public sealed record RequirementResource(Guid Id, string Code, RequirementKind Kind, string Text,
    [property: Description("Het gewicht van een wens in de kwaliteitsscore; 0 voor knock-outeisen.")] decimal Weight);

/// <summary>A published question with its answer, or an announcement; never who asked.</summary>
public sealed record PublishedQuestion(int Number, QuestionKind Kind, string? Reference, string Text, string? Answer, DateTimeOffset? PublishedAt, int? NoteNumber);

public sealed record ClarificationNoteSummary(int Number, DateTimeOffset IssuedAt);

public sealed record InvitationDetails(
    Guid Id, string Reference, string Title, string Description, string BoardName, PurchaseCategory Category, ContractKind ContractKind,
    ProcedureKind Procedure, ProjectStatus Status, DateTimeOffset? QuestionsDeadline, DateTimeOffset? OfferDeadline,
    [property: Description("Het gewicht van de prijs in de eindscore, in procenten.")] int PriceWeightPercent,
    [property: Description("Het aantal jaren waarover de totale kosten worden vergeleken.")] int TcoYears,
    IReadOnlyList<RequirementResource> Requirements, IReadOnlyList<PublishedQuestion> Questions, IReadOnlyList<ClarificationNoteSummary> ClarificationNotes);

public sealed record OwnAnswer(Guid RequirementId, string? RequirementCode, bool? Meets, string Text);

public sealed record OwnDocumentResource(Guid Id, Envelope Envelope, string FileName, long Size, DateTimeOffset UploadedAt);

public sealed record OwnPrice(IReadOnlyList<PriceLine> Lines, string? Notes,
    [property: Description("Eenmalige kosten, excl. btw.")] decimal OneOff,
    [property: Description("Jaarlijkse kosten, excl. btw.")] decimal Yearly,
    [property: Description("Eenmalig plus jaarlijks over de horizon van het traject (tcoYears), excl. btw.")] decimal TotalOverHorizon);

/// <summary>The supplier's own offer: its status and its own content, which only the supplier reads before the deadline.</summary>
public sealed record OwnOffer(
    Guid Id, OfferStatus Status,
    [property: Description("Telt de indieningen; na intrekken en opnieuw indienen volgt een nieuwe revisie.")] int Revision,
    DateTimeOffset? SubmittedAt, DateTimeOffset? WithdrawnAt, bool DeadlinePassed,
    IReadOnlyList<OwnAnswer> Answers, string? QualityNotes, OwnPrice Price, IReadOnlyList<OwnDocumentResource> Documents);
