using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Sealing;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Infrastructure.Import;

public sealed class ImportQueue
{
    private readonly Channel<(Guid JobId, bool Commit)> _channel = Channel.CreateUnbounded<(Guid, bool)>();

    public ValueTask EnqueueAsync(Guid jobId, bool commit) => _channel.Writer.WriteAsync((jobId, commit));

    public IAsyncEnumerable<(Guid JobId, bool Commit)> ReadAllAsync(CancellationToken ct) => _channel.Reader.ReadAllAsync(ct);
}

/// <summary>Runs checks and commits of uploaded files one at a time, outside the web request.</summary>
public sealed class ImportWorker(
    ImportQueue queue, ImportProgress progress, IServiceScopeFactory scopes, Sealer sealer, TimeProvider clock, ILogger<ImportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RequeueInterruptedAsync(stoppingToken);
        await foreach (var (jobId, commit) in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await ProcessAsync(jobId, commit, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Import {JobId} failed", jobId);
                await MarkFailedAsync(jobId, stoppingToken);
            }
            finally
            {
                progress.Clear(jobId);
            }
        }
    }

    private async Task ProcessAsync(Guid jobId, bool commit, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegieDbContext>();
        var job = await db.ImportJobs.IgnoreQueryFilters().SingleAsync(j => j.Id == jobId, ct);
        var organization = await db.Organizations.SingleAsync(o => o.Id == job.OrganizationId, ct);
        var tenant = scope.ServiceProvider.GetRequiredService<TenantContext>();
        tenant.RunAs(job.OrganizationId, organization.Kind, job.CreatedById, job.CreatedByName);
        var definition = scope.ServiceProvider.GetServices<IImportDefinition>().Single(d => d.Kind == job.Kind);
        var run = new ImportRun(db, tenant, clock, (done, total) => progress.Report(jobId, done, total)) { ContextId = job.ContextId };
        var content = sealer.Open(job.Content, ImportJob.SealContext(job.Id));

        if (!commit)
        {
            job.StartValidation();
            await db.SaveChangesAsync(ct);
            job.Validated(await definition.CheckAsync(content, run, ct), clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return;
        }

        var (saved, problems) = await definition.CommitAsync(content, run, ct);
        db.ChangeTracker.Clear();
        job = await db.ImportJobs.SingleAsync(j => j.Id == jobId, ct);
        if (problems is null) job.Committed(saved, clock.GetUtcNow());
        else job.Validated(problems, clock.GetUtcNow()); // the data changed since the preview: show the new errors
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Import {JobId} ({Kind}) committed {Rows} rows", jobId, job.Kind, saved);
    }

    private async Task MarkFailedAsync(Guid jobId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegieDbContext>();
        var job = await db.ImportJobs.IgnoreQueryFilters().SingleAsync(j => j.Id == jobId, ct);
        job.Validated(new ImportCheck(
            "Het verwerken van het bestand is onverwacht mislukt. Er is niets opgeslagen. Probeer het opnieuw of neem contact op met de beheerder.",
            0, 0, 0, null, [], new([], [])), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>After a restart, files still waiting are checked again; an interrupted commit saved nothing and is offered again.</summary>
    private async Task RequeueInterruptedAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegieDbContext>();
        var waiting = await db.ImportJobs.IgnoreQueryFilters()
            .Where(j => j.Status == ImportStatus.Queued || j.Status == ImportStatus.Validating || j.Status == ImportStatus.Committing)
            .Select(j => j.Id).ToListAsync(ct);
        foreach (var id in waiting) await queue.EnqueueAsync(id, commit: false);
    }
}
