namespace Regie.Web.Features.Needs;

/// <summary>What each pillar of "Vier in balans" is about, in a sentence a busy teacher reads in passing.</summary>
public static class Pillars
{
    public static readonly IReadOnlyList<Pillar> All = Enum.GetValues<Pillar>();

    public static string Explain(Pillar pillar) => pillar switch
    {
        Pillar.Vision => "Waar wil de school met ICT naartoe, en welke keuzes in het onderwijs horen daarbij?",
        Pillar.Expertise => "Wat leraren en andere collega's moeten kennen en kunnen om ICT goed in te zetten.",
        Pillar.DigitalLearningMaterials => "Lesmateriaal, oefenprogramma's en toetsen die leerlingen digitaal gebruiken.",
        _ => "Apparaten, netwerk, wifi, accounts en beheer: wat er moet zijn om het onderwijs te laten werken.",
    };
}
