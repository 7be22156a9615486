using Regie.Web.Data;

namespace Regie.Web.Features.Needs;

/// <summary>
/// Regie's base list of words that name a solution. Deliberately without words that are also ordinary Dutch
/// ("word", "muis", "zoom"): a warning on every second story would teach people to ignore it.
/// </summary>
public sealed class ShippedSolutionWords : ISolutionWordSource
{
    public static readonly IReadOnlyList<SolutionWord> All =
    [
        .. Of(SolutionTermKind.Brand,
            "iPad", "iPhone", "Chromebook", "Snappet", "Teams", "Microsoft Teams", "Google Classroom", "Google Drive", "Gynzy",
            "Prowise", "Squla", "Kahoot", "Padlet", "Minecraft", "WhatsApp", "PowerPoint", "Excel", "OneDrive", "SharePoint",
            "Windows", "Android", "Apple", "Google", "Microsoft", "Samsung", "Lenovo", "Clevertouch", "Smartboard", "Bingel",
            "Rekentuin", "Taalzee", "Muiswerk", "Nieuwsbegrip", "Magister", "Somtoday", "ParnasSys", "Momento", "YouTube", "Canva"),
        .. Of(SolutionTermKind.Device,
            "tablet", "laptop", "notebook", "computer", "pc", "desktop", "digibord", "touchscreen", "beamer", "projector",
            "printer", "3D-printer", "smartphone", "telefoon", "koptelefoon", "headset", "oordopjes", "webcam", "camera",
            "router", "access point", "server", "monitor", "beeldscherm", "toetsenbord", "stylus", "e-reader", "robot"),
        .. Of(SolutionTermKind.ScreenElement,
            "knop", "button", "pop-up", "menu", "uitklapmenu", "dropdown", "tabblad", "vinkje", "checkbox", "icoon",
            "pictogram", "zoekbalk", "menubalk", "werkbalk", "schuifbalk", "scherm", "venster", "widget"),
    ];

    public Task<IReadOnlyList<SolutionWord>> WordsAsync(RegieDbContext db, CancellationToken ct) => Task.FromResult(All);

    private static IEnumerable<SolutionWord> Of(SolutionTermKind kind, params string[] terms) => terms.Select(t => new SolutionWord(t, kind));
}
