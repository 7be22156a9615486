using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Market.InUse;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Market.Reviews;

/// <summary>
/// Demo reviews and an in-use list, read from the published demo items: board 41237 uses about ten items (with one
/// overlap and several gaps), and the users of the demo boards wrote about sixty reviews, some answered by the
/// supplier, one reported. The demo teacher (leraar@) has written none, so a first review can be shown live.
/// </summary>
public static class ReviewsDemoData
{
    private static readonly DateTimeOffset FirstReview = new(2026, 10, 5, 14, 0, 0, TimeSpan.Zero);

    private static readonly string[] Texts =
    [
        "De leerlingen werken er zelfstandig mee en ik zie in één oogopslag wie extra uitleg nodig heeft.",
        "Goed materiaal, maar het duurde even voordat alle accounts goed stonden.",
        "Sinds we het gebruiken kost het nakijken me veel minder tijd.",
        "Werkt prima op de Chromebooks. Op oudere tablets loopt het soms vast.",
        "De helpdesk reageerde snel en dacht mee over onze inrichting.",
        "Leuk voor de sterke rekenaars; voor zwakkere leerlingen gaat het tempo te hard.",
        "Het inloggen via de schoolaccount scheelt veel gedoe aan het begin van de les.",
        "Prijs is aan de hoge kant, maar je krijgt er veel voor terug.",
        "De rapportages zijn duidelijk en ik bespreek ze met ouders tijdens de tienminutengesprekken.",
        "Na de laatste update zijn een paar knoppen verplaatst; even wennen voor de kinderen.",
        "We zijn halverwege het jaar overgestapt. De overgang verliep rustig dankzij de handleiding.",
        "Voor onze school te ingewikkeld in te richten zonder hulp van buiten.",
    ];

    private static readonly string[] Replies =
    [
        "Dank u wel voor uw ervaring! We nemen uw opmerking mee in de volgende versie.",
        "Vervelend dat het inrichten tijd kostte. Onze adviseur neemt graag contact op om mee te kijken.",
        "Fijn om te lezen. Weet u dat er sinds kort ook een versie voor oudere tablets is?",
    ];

    public static async Task SeedAsync(RegieDbContext db)
    {
        // SQLite cannot sort on DateTimeOffset; the demo market is small.
        var items = (await db.CatalogItems.Where(i => i.Status == ItemStatus.Published).ToListAsync())
            .OrderBy(i => i.PublishedAt).ThenBy(i => i.Title, StringComparer.Ordinal).ToList();
        if (items.Count == 0 || await db.Reviews.AnyAsync()) return;
        var boards = await db.Boards.IgnoreQueryFilters().Where(b => new[] { "41237", "40615", "42981" }.Contains(b.BoardNumber)).ToListAsync();
        var primary = boards.Single(b => b.BoardNumber == "41237");
        await SeedInUseAsync(db, primary, items);

        var authors = await AuthorsAsync(db, boards.Select(b => b.Id).ToList());
        var random = new Random(2026);
        var reviews = new List<Review>();
        var n = 0;
        foreach (var (user, role) in authors)
        foreach (var item in items.Take(12))
        {
            if ((n++ + authors.Count) % 4 == 0) continue; // not everyone has used everything
            var board = boards.Single(b => b.Id == user.OrganizationId);
            var review = new Review { ItemId = item.Id, BoardId = board.Id, AuthorId = user.Id, AuthorName = user.DisplayName, AuthorRole = role };
            var lean = random.Next(2, 6);
            var ratings = Enum.GetValues<ReviewAspect>()
                .Where(a => a != ReviewAspect.SupplierSupport || random.Next(3) > 0)
                .ToDictionary(a => a, _ => Math.Clamp(lean + random.Next(-1, 2), 1, 5));
            var (sector, level) = Context(board, random);
            var at = FirstReview.AddDays(random.Next(0, 120)).AddMinutes(random.Next(0, 600));
            review.Write(ratings, Texts[random.Next(Texts.Length)], sector, level, random.Next(1, 37), random.Next(5) == 0, at);
            if (reviews.Count % 5 == 2) review.Reply(Replies[reviews.Count % Replies.Length], item.SupplierName, at.AddDays(3));
            reviews.Add(review);
        }
        // Ids are time-ordered and lists sort on them, so add the reviews in the order they were written.
        foreach (var review in reviews.OrderBy(r => r.CreatedAt)) db.Reviews.Add(review);
        foreach (var item in items)
        {
            var published = reviews.Where(r => r.ItemId == item.Id).ToList();
            item.ApplyRatings(published.Count, published.Count == 0 ? 0 : published.Average(r => r.Overall));
        }
        await db.SaveChangesAsync();

        var reported = reviews.Where(r => r.BoardId == primary.Id).OrderBy(r => r.Overall).First();
        var reporter = authors.First(a => a.User.OrganizationId != primary.Id).User;
        db.ReviewReports.Add(new ReviewReport
        {
            ReviewId = reported.Id, ReporterOrganizationId = reporter.OrganizationId, ReporterId = reporter.Id, ReporterName = reporter.DisplayName,
            Reason = ReportReason.Misleading, Note = "Volgens mij gaat dit over een oude versie van het product.", CreatedAt = FirstReview.AddDays(130),
        });
        await db.SaveChangesAsync();
    }

    /// <summary>About ten items over the building blocks: two content items overlap at the first school; blocks nothing covers are gaps.</summary>
    private static async Task SeedInUseAsync(RegieDbContext db, Board board, IReadOnlyList<CatalogItem> items)
    {
        var schools = await db.Schools.IgnoreQueryFilters().Where(s => s.BoardId == board.Id && s.ArchivedAt == null).OrderBy(s => s.Name).Select(s => s.Id).ToListAsync();
        if (schools.Count == 0) return;
        var content = items.Where(i => i.BuildingBlocks.HasFlag(BuildingBlocks.Content)).Take(2).ToList();
        var others = InUseOverview.Blocks.Where(b => b is not (BuildingBlocks.Content or BuildingBlocks.Planning))
            .SelectMany(b => items.Where(i => !content.Contains(i) && UseInput.FirstBlockOf(i.BuildingBlocks) == b).Take(2))
            .Take(8).ToList();
        var k = 0;
        foreach (var item in content.Concat(others))
        {
            var use = new ItemUse
            {
                BoardId = board.Id, ItemId = item.Id, Block = content.Contains(item) ? BuildingBlocks.Content : UseInput.FirstBlockOf(item.BuildingBlocks),
                Since = new DateOnly(2023 + k % 3, 8 + k % 2, 1), Note = k == 1 ? "Proef op één school; besluit over verder gebruik in het voorjaar." : null,
            };
            // The first content item runs everywhere, the second only at the first school: the one overlap.
            use.UseAt(k == 0 ? schools : k == 1 ? schools.Take(1) : schools.Where((_, i) => (i + k) % 3 != 0));
            db.ItemUses.Add(use);
            k++;
        }
        await db.SaveChangesAsync();
    }

    private static async Task<List<(AppUser User, string Role)>> AuthorsAsync(RegieDbContext db, List<Guid> boardIds)
    {
        var users = await db.Users.Where(u => boardIds.Contains(u.OrganizationId) && u.Email != "leraar@demo.regie.nl").OrderBy(u => u.Email).ToListAsync();
        var userIds = users.Select(u => u.Id).ToList();
        var roles = await db.UserRoles.Where(r => userIds.Contains(r.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync();
        return users.Select(u => (u, roles.FirstOrDefault(r => r.UserId == u.Id)?.Name ?? Roles.Teacher)).ToList();
    }

    private static (SchoolSectors, string?) Context(Board board, Random random) => board.Sector switch
    {
        EducationSector.Secondary => (SchoolSectors.Vo, new[] { "vmbo", "havo", "vwo", "havo-4", "vwo-2" }[random.Next(5)]),
        EducationSector.Special => (SchoolSectors.So, "so"),
        _ => (SchoolSectors.Po, $"groep-{random.Next(1, 9)}"),
    };
}
