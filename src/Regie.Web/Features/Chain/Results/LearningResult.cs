using Regie.Web.Data;

namespace Regie.Web.Features.Chain.Results;

/// <summary>
/// One result a supplier delivered for a pupil: a score on a test (part), optionally tied to a learning goal, with the
/// time spent. Written in bulk (see ResultStore), so it is not audited row by row; its delivery is.
/// </summary>
public sealed class LearningResult : IBoardOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }
    public Guid SchoolId { get; init; }
    public Guid PupilId { get; init; }
    public Guid? GroupId { get; init; }
    public Guid SupplierId { get; init; }
    public Guid CatalogItemId { get; init; }
    public Guid DeliveryId { get; init; }
    /// <summary>The supplier's own key for the result; unique per supplier.</summary>
    public string ResultKey { get; init; } = "";
    public string TestCode { get; init; } = "";
    public string? TestPartCode { get; init; }
    /// <summary>The curriculum goal code (e.g. a kerndoel number), when the supplier names one.</summary>
    public string? GoalCode { get; init; }
    public DateOnly TakenOn { get; init; }
    public double Score { get; init; }
    public int? MinutesSpent { get; init; }
}

/// <summary>A test (part) of a supplier's product with its score range and norm, as the supplier described it.</summary>
public sealed class LearningTest : IBoardOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }
    public Guid SupplierId { get; init; }
    public Guid CatalogItemId { get; init; }
    public string TestCode { get; init; } = "";
    /// <summary>Empty for the test as a whole.</summary>
    public string PartCode { get; init; } = "";
    public string Name { get; set; } = "";
    public string? GoalCode { get; set; }
    public double MinScore { get; set; }
    public double MaxScore { get; set; }
    /// <summary>The score from which a pupil is at the expected level.</summary>
    public double? NormScore { get; set; }
}

/// <summary>One accepted delivery; re-sending the same content returns this receipt instead of storing twice.</summary>
public sealed class ResultDelivery : IAudited, IBoardOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }
    public Guid SupplierId { get; init; }
    public Guid CatalogItemId { get; init; }
    public Guid? SchoolId { get; init; }
    /// <summary>SHA-256 of the delivered content, lower-case hex.</summary>
    public string ContentHash { get; init; } = "";
    public ResultFormat Format { get; init; }
    public int ResultCount { get; init; }
    public int PupilCount { get; init; }
    public string ReceivedVia { get; init; } = "";
    public DateTimeOffset ReceivedAt { get; init; }
}
