using Regie.Web.Data;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Infrastructure.Import;

/// <summary>Everything an import step may use: the tenant-scoped database, the clock and progress.</summary>
public sealed record ImportRun(RegieDbContext Db, TenantContext Tenant, TimeProvider Clock, Action<int, int> ReportProgress)
{
    /// <summary>The record the import is for (<see cref="ImportJob.ContextId"/>), when the kind of import needs one.</summary>
    public Guid? ContextId { get; init; }

    public Guid OrganizationId => Tenant.OrganizationId ?? throw new InvalidOperationException("An import always runs for an organization.");
}

/// <summary>The result of reading and checking a whole file, before anything is saved.</summary>
public sealed record ImportCheck(
    string? FileError, int TotalRows, int ValidRows, int SkippedRows, string? Notice,
    IReadOnlyList<ImportRowError> Errors, ImportPreview Preview);

/// <summary>What the generic pipeline needs to know about one kind of import. Registered scoped: one instance per job.</summary>
public interface IImportDefinition
{
    string Kind { get; }
    string Title { get; }
    /// <summary>The authorization policy a user needs to start, see and commit this import.</summary>
    string Policy { get; }
    /// <summary>Where the user goes after a successful commit.</summary>
    string ResultPage { get; }
    IReadOnlyList<ImportColumn> Columns { get; }
    /// <summary>Whether every job needs a context record, such as the school whose pupils are imported.</summary>
    bool RequiresContext { get; }
    /// <summary>The context's name when the signed-in user may import for it; null refuses it (the pages answer 404).</summary>
    Task<string?> ContextNameAsync(Guid contextId, CancellationToken ct);
    /// <summary>Formats read besides CSV and xlsx, as a sentence for the upload page; null when there are none.</summary>
    string? OtherFormats { get; }
    /// <summary>File types for the upload field's accept attribute.</summary>
    string Accept { get; }
    Task<ImportCheck> CheckAsync(byte[] content, ImportRun run, CancellationToken ct);
    /// <summary>Saves every row or none; returns the number of rows saved, or the errors that stopped it.</summary>
    Task<(int Saved, ImportCheck? Problems)> CommitAsync(byte[] content, ImportRun run, CancellationToken ct);
}

/// <summary>
/// Base for CSV imports: reads the file once, maps each row (field errors), runs the whole-set checks
/// (duplicates, conflicts with stored data) and builds the preview; a subclass only knows its rows.
/// </summary>
public abstract class CsvImport<TRow> : IImportDefinition where TRow : class
{
    public const int PreviewSize = 25;
    private const int ProgressStep = 500;

    public abstract string Kind { get; }
    public abstract string Title { get; }
    public abstract string Policy { get; }
    public abstract string ResultPage { get; }
    public abstract IReadOnlyList<ImportColumn> Columns { get; }
    protected abstract IReadOnlyList<string> PreviewColumns { get; }
    public virtual bool RequiresContext => false;
    public virtual Task<string?> ContextNameAsync(Guid contextId, CancellationToken ct) => Task.FromResult<string?>(null);
    public virtual string? OtherFormats => null;
    public virtual string Accept => ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Reads the file into records; an import with its own format (such as XML) yields the same named fields.</summary>
    protected virtual Task<CsvFile> OpenAsync(byte[] content, ImportRun run, CancellationToken ct) => Task.FromResult(CsvSource.Open(content, Columns));

    /// <summary>Maps one record; adds a Dutch message per bad field. Returns null to skip a row that is not for this tenant.</summary>
    protected abstract Task<RowResult> MapAsync(CsvRecord record, ImportRun run, CancellationToken ct);
    protected abstract IEnumerable<string?> PreviewValues(TRow row);
    /// <summary>Checks that need all rows at once: duplicates within the file, conflicts with the database.</summary>
    protected abstract Task<IReadOnlyList<ImportRowError>> CheckSetAsync(IReadOnlyList<(int Line, TRow Row)> rows, ImportRun run, CancellationToken ct);
    /// <summary>Adds or updates the rows; the pipeline saves them in one transaction.</summary>
    protected abstract Task ApplyAsync(IReadOnlyList<TRow> rows, ImportRun run, Action<int> rowsApplied, CancellationToken ct);
    protected virtual string? Notice(int skipped) => null;

    public async Task<ImportCheck> CheckAsync(byte[] content, ImportRun run, CancellationToken ct)
    {
        var (check, _) = await ReadAsync(content, run, ct);
        return check;
    }

    public async Task<(int Saved, ImportCheck? Problems)> CommitAsync(byte[] content, ImportRun run, CancellationToken ct)
    {
        var (check, rows) = await ReadAsync(content, run, ct);
        if (check.FileError is not null || check.Errors.Count > 0) return (0, check);
        await using var transaction = await run.Db.Database.BeginTransactionAsync(ct);
        await ApplyAsync(rows.Select(r => r.Row).ToList(), run, applied => run.ReportProgress(applied, rows.Count), ct);
        await run.Db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (rows.Count, null);
    }

    private async Task<(ImportCheck, List<(int Line, TRow Row)>)> ReadAsync(byte[] content, ImportRun run, CancellationToken ct)
    {
        var file = await OpenAsync(content, run, ct);
        if (file.Error is not null) return (new ImportCheck(file.Error, 0, 0, 0, null, [], new([], [])), []);

        var valid = new List<(int, TRow)>();
        var errors = new List<ImportRowError>();
        int total = 0, skipped = 0;
        foreach (var record in file.Records)
        {
            ct.ThrowIfCancellationRequested();
            total++;
            var result = await MapAsync(record, run, ct);
            if (result.Skipped) skipped++;
            else if (result.Errors.Count > 0) errors.AddRange(result.Errors.Select(e => new ImportRowError(record.Line, e)));
            else valid.Add((record.Line, result.Row!));
            if (total % ProgressStep == 0) run.ReportProgress(total, Math.Max(total, file.EstimatedRows));
        }
        if (total == 0)
            return (new ImportCheck("Het bestand bevat alleen een kopregel en geen gegevens.", 0, 0, 0, null, [], new([], [])), []);

        errors.AddRange(await CheckSetAsync(valid, run, ct));
        var badLines = errors.Select(e => e.Line).ToHashSet();
        var good = valid.Where(v => !badLines.Contains(v.Item1)).ToList();
        var preview = new ImportPreview(PreviewColumns, good.Take(PreviewSize).Select(v => (IReadOnlyList<string?>)PreviewValues(v.Item2).ToList()).ToList());
        var check = new ImportCheck(null, total, good.Count, skipped, Notice(skipped), errors.OrderBy(e => e.Line).ToList(), preview);
        return (check, good);
    }

    protected sealed record RowResult(TRow? Row, IReadOnlyList<string> Errors, bool Skipped)
    {
        public static RowResult Skip() => new(null, [], true);
        public static RowResult Of(TRow? row, IReadOnlyList<string> errors) => new(errors.Count == 0 ? row : null, errors, false);
    }
}
