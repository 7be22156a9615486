using Regie.Web.Data;

namespace Regie.Web.Features.Chain.Pseudonyms;

/// <summary>
/// The pseudonym one supplier knows a pupil by. Stored once issued, so the supplier keeps the same pseudonym after a key
/// rotation and only the school maps it back to the pupil. <see cref="FirstSharedAt"/>/<see cref="LastSharedAt"/> answer
/// a subject-access request: which suppliers received data about this pupil, and when.
/// </summary>
public sealed class IssuedPseudonym : IBoardOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }
    public Guid PupilId { get; init; }
    public Guid SupplierId { get; init; }
    public string Value { get; init; } = "";
    /// <summary>The service key it was derived with.</summary>
    public Guid KeyId { get; init; }
    public DateTimeOffset IssuedAt { get; init; }
    public DateTimeOffset? FirstSharedAt { get; set; }
    public DateTimeOffset? LastSharedAt { get; set; }
}
