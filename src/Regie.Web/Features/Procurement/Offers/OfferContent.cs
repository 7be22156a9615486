namespace Regie.Web.Features.Procurement.Offers;

/// <summary>How an offer meets one requirement: for a knock-out whether it is met, for a wish how.</summary>
public sealed record RequirementAnswer(Guid RequirementId, bool? Meets, string Text);

/// <summary>The quality envelope's content.</summary>
public sealed record OfferQuality(List<RequirementAnswer> Answers, string? Notes);

/// <summary>One line of the price sheet, excluding VAT: one-off costs and yearly costs for a quantity.</summary>
public sealed record PriceLine(string Description, decimal Quantity, decimal OneOffPerUnit, decimal YearlyPerUnit);

/// <summary>The price envelope's content.</summary>
public sealed record PriceSheet(List<PriceLine> Lines, string? Notes);

/// <summary>A document as the supplier uploaded it; sealed as a whole, name included.</summary>
public sealed record OfferFile(string FileName, string ContentType, byte[] Content);
