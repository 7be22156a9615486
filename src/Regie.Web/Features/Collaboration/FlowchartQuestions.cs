namespace Regie.Web.Features.Collaboration;

/// <summary>How the flowchart asks a question: the question, a short explanation ([[term]] markers allowed) and what each answer means.</summary>
public sealed record FlowchartQuestion(FlowchartStep Step, string Question, string Explanation, string IfYes, string IfNo);

public static class FlowchartQuestions
{
    public static readonly IReadOnlyList<FlowchartQuestion> All =
    [
        new(FlowchartStep.IdeaIsNew,
            "Heeft de school een idee voor een digitaal hulpmiddel dat nog nergens te krijgen is?",
            "Begin bij uw ambitie en doelen, niet bij een product. Veel scholen kunnen uitstekend uit de voeten met wat er al te koop is. Antwoord alleen 'ja' als u iets zoekt dat u nog nergens hebt gezien.",
            "Ga na of het middel echt nog niet bestaat.", "U koopt een bestaand middel: scenario 4."),
        new(FlowchartStep.MarketLacksIt,
            "Blijkt uit vraagverheldering en marktverkenning dat het middel inderdaad nog niet bestaat?",
            "Bij [[vraagverheldering]] zet u scherp op papier wat u nodig hebt en waarom. Bij een [[marktverkenning]] zoekt u of er al een product is, of een onderdeel van een product, dat dat kan. Praat met een paar marktpartijen: dat levert veel op.",
            "Vraag de markt of uw ambitie met bestaande middelen te halen is.", "Het bestaat al: u koopt het in, scenario 4."),
        new(FlowchartStep.ConsultationConfirms,
            "Blijkt uit een marktconsultatie dat uw ambitie niet met bestaande middelen te halen is?",
            "Bij een [[marktconsultatie]] legt u uw ambitie voor aan marktpartijen en vraagt u of en hoe zij die met hun producten kunnen waarmaken. Denk vooraf aan de [[aanbestedingsdrempel]]: die bepaalt hoe u later moet inkopen.",
            "Reken door of de school het zelf kan en wil.", "Bestaande middelen volstaan: scenario 4."),
        new(FlowchartStep.NotBuildingItself,
            "Concludeert de school, na een business case en een risicoanalyse, dat zij dit middel niet zelf wil én kan bouwen, beheren en exploiteren?",
            "In de [[business-case|business case]] rekent u de kosten en opbrengsten door over alle fasen: idee en plan, ontwikkeling, [[beheer]] en [[exploitatie]], inclusief de uren van collega's. In de risicoanalyse kijkt u naar technische, financiële en juridische risico's, zoals privacy en [[staatssteun]]. Leg elk risico bij de partij die het het best kan beheersen.",
            "Kies hoe u met een marktpartij samenwerkt.", "De school doet het zelf: scenario 5."),
    ];

    public static FlowchartQuestion For(FlowchartStep step) => All.Single(q => q.Step == step);

    public const string PartnershipQuestion = "Welke rol wil de school spelen in de samenwerking met een marktpartij?";

    public const string PartnershipExplanation =
        "Een [[business-case|business case]] en risicoanalyse laten zien welke fasen bij de school passen. Wil de school in elke fase meedoen, dan is het [[co-productie]]. Heeft de school het idee maar laat zij bouw, [[beheer]] en [[exploitatie]] aan een marktpartij, dan is het scenario 2. Heeft een marktpartij het idee en levert de school vooral inhoudelijke kennis, dan is het scenario 3.";
}
