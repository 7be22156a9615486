namespace Regie.Web.Features.Collaboration.Scenarios;

public static class PhaseText
{
    public static string For(PhaseRole role) => role switch
    {
        PhaseRole.Acts => "Ja",
        PhaseRole.Optional => "Eventueel",
        _ => "Nee",
    };

    /// <summary>Who acts in a phase, in one phrase: "School en marktpartij", "Marktpartij (school eventueel)".</summary>
    public static string Who(PhaseRoles phase) => (phase.School, phase.MarketParty) switch
    {
        (PhaseRole.Acts, PhaseRole.Acts) => "School en marktpartij",
        (PhaseRole.Acts, _) => "School",
        (PhaseRole.Optional, PhaseRole.Acts) => "Marktpartij (school eventueel)",
        (_, PhaseRole.Acts) => "Marktpartij",
        _ => "Niemand",
    };
}
