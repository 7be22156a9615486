using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Infrastructure;

/// <summary>Small builders for test data; every call makes unique names and codes so tests never collide.</summary>
public static class TestData
{
    private static int _sequence = Random.Shared.Next(0, 5000);
    private const string Letters = "ABCDEFGHJKLMNPRSTUVWXZ";

    public static int Next() => Interlocked.Increment(ref _sequence);

    /// <summary>A BRIN nobody else in this run has: 2 digits + 2 letters.</summary>
    public static string NewBrin()
    {
        var n = Next();
        return $"{10 + n % 90}{Letters[n / 90 % Letters.Length]}{Letters[n / 90 / Letters.Length % Letters.Length]}";
    }

    public static string NewBoardNumber() => (10000 + Next() % 90000).ToString("D5", System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<Board> CreateBoardAsync(this RegieApp app, Cooperative? cooperative = null, bool showName = true)
    {
        var board = new Board
        {
            Name = $"Stichting Test {Next()}", BoardNumber = NewBoardNumber(), Sector = EducationSector.Primary, City = "Utrecht",
            CooperativeId = cooperative?.Id, ShowNameToCooperative = showName,
        };
        await app.WithDbAsync(async db => { db.Boards.Add(board); return await db.SaveChangesAsync(); });
        return board;
    }

    public static async Task<T> CreateOrganizationAsync<T>(this RegieApp app, T organization) where T : Organization
    {
        organization.Name = string.IsNullOrEmpty(organization.Name) ? $"Organisatie {Next()}" : organization.Name;
        await app.WithDbAsync(async db => { db.Organizations.Add(organization); return await db.SaveChangesAsync(); });
        return organization;
    }

    public static async Task<AppUser> CreateUserAsync(this RegieApp app, Organization organization, params string[] roles)
    {
        var email = $"gebruiker{Next()}@test.regie.nl";
        return await app.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, DisplayName = $"Test Gebruiker {Next()}", OrganizationId = organization.Id, EmailConfirmed = true };
            Check(await users.CreateAsync(user, RegieApp.Password));
            Check(await users.AddToRolesAsync(user, roles));
            return user;
        });
    }

    public static async Task<School> CreateSchoolAsync(this RegieApp app, Board board, string? name = null, string city = "Utrecht")
    {
        var school = new School { BoardId = board.Id, Name = name ?? $"Basisschool De Test {Next()}", City = city, PupilCount = 200 };
        school.SetCode(NewBrin(), "00");
        await app.WithDbAsync(async db => { db.Schools.Add(school); return await db.SaveChangesAsync(); }, board);
        return school;
    }

    /// <summary>A board with one signed-in user in the given role.</summary>
    public static async Task<(Board Board, AppUser User, HttpClient Client)> BoardUserAsync(this RegieApp app, string role = Roles.Administrator)
    {
        var board = await app.CreateBoardAsync();
        var user = await app.CreateUserAsync(board, role);
        return (board, user, await app.LoginAsync(user.Email!));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
