namespace Regie.Web.Features.Procurement.Thresholds;

/// <summary>
/// The European thresholds for sub-central authorities (school boards) as published for each two-year period.
/// Shipped as seed data; the platform administrator adds later periods on the thresholds page.
/// </summary>
public static class ShippedThresholds
{
    private static readonly (int Year, decimal Supplies, decimal Works)[] Periods =
    [
        (2016, 209_000m, 5_225_000m), (2018, 221_000m, 5_548_000m), (2020, 214_000m, 5_350_000m),
        (2022, 215_000m, 5_382_000m), (2024, 221_000m, 5_538_000m), (2026, 216_000m, 5_404_000m),
    ];

    private const decimal SocialServices = 750_000m;

    private static readonly DateTimeOffset Shipped = new(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<TenderThreshold> All { get; } = Periods.SelectMany(p => new[]
    {
        Row(p.Year, ContractKind.SuppliesAndServices, p.Supplies),
        Row(p.Year, ContractKind.Works, p.Works),
        Row(p.Year, ContractKind.SocialServices, SocialServices),
    }).ToList();

    /// <summary>Deterministic ids keep the seed rows stable across migrations and databases.</summary>
    private static TenderThreshold Row(int year, ContractKind kind, decimal amount) => new()
    {
        Id = new Guid($"7e5d0000-0000-0000-{year:D4}-{(int)kind:D12}"), PeriodStartYear = year, Kind = kind, Amount = amount,
        CreatedAt = Shipped, Version = 0,
    };
}
