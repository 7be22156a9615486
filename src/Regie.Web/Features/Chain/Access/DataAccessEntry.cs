using Regie.Web.Data;

namespace Regie.Web.Features.Chain.Access;

/// <summary>One roster fetch or result delivery by a supplier, for the school's privacy contact. Never changed afterwards.</summary>
public sealed class DataAccessEntry : IBoardOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }
    public Guid SchoolId { get; init; }
    public Guid SupplierId { get; init; }
    public string SupplierName { get; init; } = "";
    public Guid CatalogItemId { get; init; }
    public string ProductName { get; init; } = "";
    public DataAccessKind Kind { get; init; }
    /// <summary>The API key's name (or the user) that made the call.</summary>
    public string Actor { get; init; } = "";
    public int RecordCount { get; init; }
    public int PupilCount { get; init; }
    public DateTimeOffset At { get; init; }
}
