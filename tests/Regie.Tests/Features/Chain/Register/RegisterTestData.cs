using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Chain;
using Regie.Web.Features.Chain.Register;
using Regie.Web.Features.Chain.Register.Import;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Import;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Chain.Register;

/// <summary>A board with a school and its ICT coordinator, who keeps that school's register, signed in.</summary>
public sealed record RegisterSetup(Board Board, School School, AppUser User, HttpClient Client);

public static class RegisterTestData
{
    public static async Task<RegisterSetup> RegisterKeeperAsync(this RegieApp app, Board? board = null, string role = Roles.IctCoordinator)
    {
        board ??= await app.CreateBoardAsync();
        var school = await app.CreateSchoolAsync(board);
        var user = await app.CreateUserAsync(board, role);
        await app.AssignAsync(board, school, user, SchoolAssignmentKind.Coordinator);
        return new(board, school, user, await app.LoginAsync(user.Email!));
    }

    public static Task<int> AssignAsync(this RegieApp app, Board board, School school, AppUser user, SchoolAssignmentKind kind) =>
        app.WithDbAsync(async db =>
        {
            db.SchoolAssignments.Add(new SchoolAssignment { BoardId = board.Id, SchoolId = school.Id, UserId = user.Id, Kind = kind });
            return await db.SaveChangesAsync();
        }, board);

    public static string StartUrl(School school) => $"/Imports/Start/{PupilImport.ImportKind}?context={school.Id}";

    /// <summary>Uploads a file for the school and waits until the check is done.</summary>
    public static async Task<(ImportJob Job, string Html)> UploadPupilsAsync(this RegieApp app, HttpClient client, School school, byte[] content, string name = "leerlingen.csv")
    {
        var response = await client.PostFileAsync(StartUrl(school), content, name);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Upload gave {(int)response.StatusCode}");
        return await app.WaitForImportAsync(client, Guid.Parse(response.Location().Split('/').Last()));
    }

    public static async Task<(ImportJob Job, string Html)> CommitPupilsAsync(this RegieApp app, HttpClient client, Guid jobId)
    {
        var response = await client.PostFormAsync($"/Imports/Details/{jobId}?handler=Commit", []);
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Commit gave {(int)response.StatusCode}");
        return await app.WaitForImportAsync(client, jobId);
    }

    /// <summary>Check and commit; fails the test when the file has errors.</summary>
    public static async Task<ImportJob> ImportPupilsAsync(this RegieApp app, HttpClient client, School school, byte[] content, string name = "leerlingen.csv")
    {
        var (job, _) = await app.UploadPupilsAsync(client, school, content, name);
        Assert.True(job.CanCommit, job.FileError ?? string.Join("\n", job.Errors.Take(5)));
        var (done, _) = await app.CommitPupilsAsync(client, job.Id);
        Assert.Equal(ImportStatus.Committed, done.Status);
        return done;
    }

    public static async Task<(ImportJob Job, string Html)> WaitForImportAsync(this RegieApp app, HttpClient client, Guid id)
    {
        for (var i = 0; i < 1200; i++)
        {
            var job = await app.WithDbAsync(db => db.ImportJobs.IgnoreQueryFilters().AsNoTracking().SingleAsync(j => j.Id == id));
            if (!job.IsBusy) return (job, WebUtility.HtmlDecode(await client.GetPageAsync($"/Imports/Details/{id}")));
            await Task.Delay(100);
        }
        throw new TimeoutException("The import did not finish.");
    }

    public static Task<List<Pupil>> PupilsOfAsync(this RegieApp app, Board board) =>
        app.WithDbAsync(db => db.Pupils.AsNoTracking().OrderBy(p => p.PupilNumber).ToListAsync(), board);
}
