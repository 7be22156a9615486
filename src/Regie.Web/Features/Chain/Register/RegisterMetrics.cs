using System.Diagnostics.Metrics;

namespace Regie.Web.Features.Chain.Register;

/// <summary>How much scrypt the register costs: only pupils new to the board should ever be hashed.</summary>
public static class RegisterMetrics
{
    public const string MeterName = "Regie.Chain.Register";
    private static readonly Meter Meter = new(MeterName);

    /// <summary>First-level hashes computed by pupil imports, tagged with the board.</summary>
    public static readonly Counter<long> FirstLevelHashes =
        Meter.CreateCounter<long>("regie.pupils.first_level_hashes", description: "First-level hashes (scrypt) computed for new pupils");
}
