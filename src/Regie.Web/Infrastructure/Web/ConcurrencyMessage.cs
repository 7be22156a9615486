namespace Regie.Web.Infrastructure.Web;

public static class ConcurrencyMessage
{
    public static string For(string what) =>
        $"Iemand anders heeft {what} gewijzigd nadat u de pagina opende. Uw wijzigingen zijn niet opgeslagen. " +
        "Hieronder ziet u de gegevens zoals ze nu zijn opgeslagen; bekijk ze en voer uw wijziging zo nodig opnieuw in.";
}
