using System.Diagnostics;
using System.Globalization;
using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Market.Reviews;
using Regie.Web.Infrastructure.Api;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Bench;

/// <summary>
/// The market's benchmark data: suppliers with published items, boards whose users reviewed them, a teacher to
/// browse with, a supplier user to import with and an API key for that supplier. Writes the URLs the load runs
/// use (item pages, searches) and the API key to files in <see cref="MarketOptions.OutDir"/>.
/// </summary>
public static class MarketSeed
{
    public sealed record MarketOptions(
        int Items, int Reviews, int Suppliers, int Boards, int UsersPerBoard, string BoardEmail, string SupplierEmail,
        string Password, string OutDir, int ItemUrls, int SearchUrls);

    private const int ItemBatch = 1000;
    private sealed record Reviewer(Guid Id, Guid BoardId, string Name, string Role, SchoolSectors Sector);

    public static async Task<int> RunAsync(RegieDbContext db, MarketOptions o)
    {
        var watch = Stopwatch.StartNew();
        var now = DateTimeOffset.UtcNow;
        var faker = new Faker("nl") { Random = new Randomizer(4000) };
        var random = new Random(4000);
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var suppliers = Enumerable.Range(0, o.Suppliers).Select(i => new Supplier
        {
            Name = i == 0 ? "Benchmark Leermiddelen B.V." : SupplierName(faker, i),
            City = faker.Address.City(), Email = $"info@leverancier{i:D2}.bench.example", CreatedAt = now.AddYears(-3),
            ChamberOfCommerceNumber = (10_000_000 + i).ToString(CultureInfo.InvariantCulture),
        }).ToList();
        var boards = Enumerable.Range(0, o.Boards).Select(i => new Board
        {
            Name = i == 0 ? "Stichting Benchmark Markt" : $"Stichting {faker.PickRandom("Primair Onderwijs", "Openbaar Onderwijs", "Katholiek Onderwijs", "Voortgezet Onderwijs", "Scholengroep")} {faker.Address.City()}",
            BoardNumber = (60_000 + i).ToString(CultureInfo.InvariantCulture),
            Sector = faker.Random.WeightedRandom([EducationSector.Primary, EducationSector.Secondary, EducationSector.Special], [0.65f, 0.28f, 0.07f]),
            City = faker.Address.City(), CreatedAt = now.AddYears(-3),
        }).ToList();
        db.AddRange(suppliers);
        db.AddRange(boards);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var reviewers = await SeedUsersAsync(db, faker, boards, suppliers[0], o, now);

        // Reviews per item: a third of the items has none, the rest a long tail (a few popular items have dozens).
        var weights = new double[o.Items];
        for (var i = 0; i < o.Items; i++) weights[i] = random.NextDouble() < 0.33 ? 0 : -Math.Log(1 - random.NextDouble()) * (random.NextDouble() < 0.05 ? 6 : 1);
        var scale = o.Reviews / Math.Max(weights.Sum(), 1e-9);
        var counts = new int[o.Items];
        double carry = 0;
        for (var i = 0; i < o.Items; i++)
        {
            var exact = weights[i] * scale + carry;
            counts[i] = Math.Min((int)exact, reviewers.Count);
            carry = exact - counts[i];
        }
        for (var left = o.Reviews - counts.Sum(); left > 0; left--) // what rounding down left over
        {
            var i = random.Next(o.Items);
            if (counts[i] < reviewers.Count) counts[i]++; else left++;
        }

        var itemIds = new List<Guid>(o.Items);
        var items = new List<CatalogItem>(ItemBatch);
        var reviews = new List<Review>(ItemBatch * 8);
        int reviewTotal = 0, itemTotal = 0;
        var saving = new Stopwatch();
        for (var i = 0; i < o.Items; i++)
        {
            var supplier = suppliers[i % suppliers.Count];
            var created = now.AddDays(-random.Next(30, 1100));
            var item = DutchCatalog.NewItem(faker, supplier.Id, supplier.Name, $"BENCH-{i:D6}", created);
            var missing = item.Publish(created.AddDays(random.Next(0, 20)));
            if (missing.Count > 0) throw new InvalidOperationException($"Generated item cannot be published; missing {string.Join(", ", missing)}.");
            AddReviews(faker, random, item, counts[i], reviewers, reviews, now);
            items.Add(item);
            itemIds.Add(item.Id);
            if (items.Count == ItemBatch || i == o.Items - 1)
            {
                reviewTotal += reviews.Count;
                itemTotal += items.Count;
                saving.Start();
                await FlushAsync(db, items, reviews);
                saving.Stop();
                if (itemTotal % 20_000 == 0) Console.Error.WriteLine($"  {itemTotal:N0} items, {reviewTotal:N0} reviews after {watch.Elapsed.TotalSeconds:F0} s");
            }
        }

        var key = new ApiKey
        {
            OrganizationId = suppliers[0].Id, Name = "Benchmark", Scopes = ApiScopes.CatalogRead | ApiScopes.CatalogWrite,
            CreatedAt = now, CreatedBy = "Benchmark",
        };
        var secret = key.IssueSecret();
        db.Add(key);
        await db.SaveChangesAsync();

        Directory.CreateDirectory(o.OutDir);
        await File.WriteAllTextAsync(Path.Combine(o.OutDir, "api-key.txt"), secret + "\n");
        await File.WriteAllLinesAsync(Path.Combine(o.OutDir, "item-urls.txt"),
            itemIds.OrderBy(_ => random.Next()).Take(o.ItemUrls).Select(id => $"/Market/Items/{id}"));
        await File.WriteAllLinesAsync(Path.Combine(o.OutDir, "search-urls.txt"), SearchUrls(new Random(4001), o.SearchUrls));

        var published = await db.CatalogItems.CountAsync(i => i.Status == ItemStatus.Published);
        var reviewCount = await db.Reviews.CountAsync();
        Console.WriteLine($"Seeded market: {o.Suppliers} suppliers, {published} published items, {reviewCount} reviews by users of {o.Boards} boards, " +
                          $"board user {o.BoardEmail}, supplier user {o.SupplierEmail}, in {watch.Elapsed.TotalSeconds:F1} s " +
                          $"({saving.Elapsed.TotalSeconds:F1} s of it saving items and reviews)");
        return 0;
    }

    private static string SupplierName(Faker f, int i) => (i % 4) switch
    {
        0 => $"Uitgeverij {f.Name.LastName()}",
        1 => $"{f.Name.LastName()} Educatief B.V.",
        2 => $"{f.Address.City()} Onderwijs-ICT",
        _ => $"{f.PickRandom("Leer", "Klas", "School", "Kennis", "Digi")}{f.PickRandom("werk", "lab", "pad", "net", "kracht")} B.V.",
    };

    private static async Task<List<Reviewer>> SeedUsersAsync(RegieDbContext db, Faker f, List<Board> boards, Supplier benchSupplier, MarketOptions o, DateTimeOffset now)
    {
        var hasher = new PasswordHasher<AppUser>();
        string? hash = null;
        var reviewers = new List<Reviewer>();
        var users = new List<AppUser>();
        var links = new List<IdentityUserRole<Guid>>();
        AppUser NewUser(string email, Guid organizationId, string name, string role)
        {
            var user = new AppUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true, OrganizationId = organizationId, DisplayName = name,
                SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString(),
                LockoutEnabled = true, CreatedAt = now.AddYears(-2),
            };
            hash ??= hasher.HashPassword(user, o.Password);
            user.PasswordHash = hash;
            users.Add(user);
            links.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = Roles.IdOf(role) });
            return user;
        }

        NewUser(o.SupplierEmail, benchSupplier.Id, "Leverancier Benchmark", Roles.Supplier);
        for (var b = 0; b < boards.Count; b++)
        {
            var sector = boards[b].Sector switch
            {
                EducationSector.Secondary => SchoolSectors.Vo,
                EducationSector.Special => SchoolSectors.So,
                _ => SchoolSectors.Po,
            };
            for (var u = 0; u < o.UsersPerBoard; u++)
            {
                var role = u == 0 ? Roles.Teacher : f.Random.WeightedRandom([Roles.Teacher, Roles.IctCoordinator, Roles.SchoolLeader, Roles.Purchaser], [0.7f, 0.1f, 0.1f, 0.1f]);
                var email = b == 0 && u == 0 ? o.BoardEmail : $"gebruiker{b:D2}-{u:D4}@markt.bench.regie.nl";
                var name = $"{f.Name.FirstName()} {f.Name.LastName()}";
                var user = NewUser(email, boards[b].Id, name, role);
                reviewers.Add(new Reviewer(user.Id, boards[b].Id, name, role, sector));
            }
        }
        for (var i = 0; i < users.Count; i += 1000)
        {
            db.AddRange(users.Skip(i).Take(1000));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        db.AddRange(links);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return reviewers;
    }

    private static readonly string[] Praise =
    [
        "Mijn leerlingen werken er graag mee en ik zie snel wie extra hulp nodig heeft.",
        "Goed te gebruiken in een combinatiegroep.",
        "De uitleg is helder en de opdrachten zijn gevarieerd.",
        "Werkt stabiel, ook als de hele klas tegelijk inlogt.",
        "De helpdesk reageerde binnen een dag en loste het probleem op.",
        "Het overzicht van de resultaten scheelt mij veel nakijkwerk.",
        "Prijs is redelijk voor wat je krijgt.",
        "Sterke leerlingen krijgen genoeg uitdaging.",
    ];
    private static readonly string[] Criticism =
    [
        "Inloggen via de schoolaccount gaat niet altijd goed.",
        "Voor zwakke lezers zijn de instructies te lang.",
        "De licentie is aan de dure kant voor een kleine school.",
        "Het duurde weken voordat de koppeling met ons leerlingvolgsysteem werkte.",
        "Op oudere tablets is het traag.",
        "Er zijn te weinig oefeningen om echt te herhalen.",
        "De rapportages zijn lastig te lezen voor ouders.",
    ];

    private static void AddReviews(Faker f, Random random, CatalogItem item, int count, List<Reviewer> pool, List<Review> reviews, DateTimeOffset now)
    {
        if (count == 0) return;
        var quality = 2.2 + random.NextDouble() * 2.6; // what this item's reviewers tend to think of it
        var chosen = new HashSet<int>();
        while (chosen.Count < count) chosen.Add(random.Next(pool.Count));
        int published = 0;
        double sum = 0;
        var since = item.PublishedAt!.Value;
        var days = Math.Max(1, (int)(now - since).TotalDays);
        foreach (var index in chosen)
        {
            var reviewer = pool[index];
            var ratings = new Dictionary<ReviewAspect, int>();
            foreach (var aspect in Enum.GetValues<ReviewAspect>())
                if (aspect == ReviewAspect.Didactics || random.NextDouble() > 0.12)
                    ratings[aspect] = Math.Clamp((int)Math.Round(quality + (random.NextDouble() - 0.5) * 2.4), 1, 5);
            var created = since.AddDays(random.Next(days));
            var review = new Review
            {
                ItemId = item.Id, BoardId = reviewer.BoardId, AuthorId = reviewer.Id, AuthorName = reviewer.Name, AuthorRole = reviewer.Role,
                ShowName = random.NextDouble() < 0.3, Ratings = ratings,
                Text = ReviewText(f, ratings.Values.Average()),
                ContextSector = reviewer.Sector,
                ContextLevel = reviewer.Sector == SchoolSectors.Vo ? f.PickRandom("vmbo", "havo", "vwo") : $"groep-{random.Next(1, 9)}",
                MonthsOfUse = random.Next(1, 49),
                CreatedAt = created, UpdatedAt = created, Version = 1,
            };
            if (random.NextDouble() < 0.02)
            {
                review.Status = ReviewStatus.Hidden;
                review.ModerationReason = "De toelichting noemt de naam van een leerling.";
                review.ModeratedAt = created.AddDays(2);
                review.ModeratedBy = "Moderator Benchmark";
            }
            else
            {
                published++;
                sum += review.Overall;
            }
            if (random.NextDouble() < 0.05)
            {
                review.SupplierReply = "Dank voor uw ervaring. We nemen contact op om samen naar een oplossing te kijken.";
                review.SupplierReplyAt = created.AddDays(3);
                review.SupplierReplyBy = item.SupplierName;
            }
            reviews.Add(review);
        }
        item.ApplyRatings(published, published == 0 ? 0 : sum / published);
    }

    private static string ReviewText(Faker f, double overall)
    {
        var good = f.PickRandom(Praise, overall >= 3 ? 2 : 1);
        var bad = f.PickRandom(Criticism, overall >= 4 ? 0 : overall >= 3 ? 1 : 2);
        return string.Join(' ', good.Concat(bad));
    }

    private static async Task FlushAsync(RegieDbContext db, List<CatalogItem> items, List<Review> reviews)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.AddRange(items);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        for (var i = 0; i < reviews.Count; i += 5000)
        {
            db.AddRange(reviews.Skip(i).Take(5000));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        await transaction.CommitAsync();
        items.Clear();
        reviews.Clear();
    }

    /// <summary>
    /// Distinct search URLs in the mix people use: mostly one or two words, often with a facet, sometimes facets only;
    /// sorted by relevance, rating or price; mostly the first page.
    /// </summary>
    private static List<string> SearchUrls(Random random, int count)
    {
        string Pick(IReadOnlyList<string> list) => list[random.Next(list.Count)];
        string[] kinds = [.. Enum.GetNames<ItemKind>()];
        string[] levels = ["groep-3", "groep-4", "groep-5", "groep-6", "groep-7", "groep-8", "havo-1", "vwo-2", "vmbo-1", "mbo-2"];
        string[] sorts = ["relevance", "relevance", "rating", "price"];
        string[] sectors = ["Po", "Vo", "So", "Mbo"];
        string[] facts = ["PrivacyCovenant", "ProcessingAgreement", "EckId", "SingleSignOn", "DataLocation", "Accessibility"];
        var urls = new HashSet<string>();
        while (urls.Count < count)
        {
            var query = new List<string>();
            var shape = random.Next(10);
            if (shape < 7)
            {
                var q = Pick(DutchCatalog.QueryWords);
                if (random.Next(4) == 0) q += " " + Pick(DutchCatalog.QueryWords);
                query.Add("q=" + Uri.EscapeDataString(q));
            }
            if (shape >= 3 && random.Next(3) > 0) query.Add("subject=" + Pick(DutchCatalog.SubjectKeys.Take(8).ToList()));
            if (shape >= 3 && random.Next(3) == 0) query.Add("level=" + Pick(levels));
            if (random.Next(4) == 0 || query.Count == 0) query.Add("kind=" + Pick(kinds));
            if (random.Next(6) == 0) query.Add("sector=" + Pick(sectors));
            if (random.Next(8) == 0) query.Add("fact=" + Pick(facts));
            var sort = Pick(sorts);
            if (sort != "relevance" || random.Next(2) == 0) query.Add("sort=" + sort);
            var page = random.Next(10) switch { < 7 => 1, < 9 => 2, _ => 3 };
            if (page > 1) query.Add("pageNumber=" + page.ToString(CultureInfo.InvariantCulture));
            urls.Add("/Market?" + string.Join('&', query));
        }
        return [.. urls];
    }
}
