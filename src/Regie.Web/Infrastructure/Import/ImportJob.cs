using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Web.Data;

namespace Regie.Web.Infrastructure.Import;

public enum ImportStatus
{
    Queued = 1,
    Validating = 2,
    Validated = 3,
    Invalid = 4,
    Committing = 5,
    Committed = 6,
}

public sealed record ImportRowError(int Line, string Message);

public sealed record ImportPreview(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows);

/// <summary>One uploaded file on its way through preview, validation and commit.</summary>
public sealed class ImportJob : IOrganizationOwned
{
    public const int MaxStoredErrors = 1000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; init; }
    public string Kind { get; init; } = "";
    public string FileName { get; init; } = "";
    /// <summary>The record the import is for (e.g. the school whose pupils are imported); null for imports of the whole organization.</summary>
    public Guid? ContextId { get; init; }
    /// <summary>The uploaded file, sealed under <see cref="SealContext"/>: a file may hold personal numbers that no database dump may reveal.</summary>
    public byte[] Content { get; set; } = [];
    public ImportStatus Status { get; private set; } = ImportStatus.Queued;
    public int TotalRows { get; private set; }
    public int ValidRows { get; private set; }
    public int SkippedRows { get; private set; }
    public int ErrorCount { get; private set; }
    public int CommittedRows { get; private set; }
    /// <summary>A problem with the file as a whole (empty, wrong delimiter, missing columns …).</summary>
    public string? FileError { get; private set; }
    public string? Notice { get; private set; }
    public List<ImportRowError> Errors { get; private set; } = [];
    public ImportPreview Preview { get; private set; } = new([], []);
    public Guid CreatedById { get; init; }
    public string CreatedByName { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; private set; }

    public static string SealContext(Guid jobId) => $"import:{jobId:N}:content";

    public bool IsBusy => Status is ImportStatus.Queued or ImportStatus.Validating or ImportStatus.Committing;
    public bool CanCommit => Status == ImportStatus.Validated && ErrorCount == 0 && ValidRows > 0;

    public void StartValidation() => Status = ImportStatus.Validating;

    public void Validated(ImportCheck check, DateTimeOffset now)
    {
        TotalRows = check.TotalRows;
        ValidRows = check.ValidRows;
        SkippedRows = check.SkippedRows;
        ErrorCount = check.Errors.Count + (check.FileError is null ? 0 : 1);
        Errors = check.Errors.Take(MaxStoredErrors).ToList();
        FileError = check.FileError;
        Notice = check.Notice;
        Preview = check.Preview;
        Status = ErrorCount == 0 && ValidRows > 0 ? ImportStatus.Validated : ImportStatus.Invalid;
        if (Status == ImportStatus.Invalid) Content = []; // the user uploads a corrected file; nothing of this one is kept
        CompletedAt = now;
    }

    public void StartCommit()
    {
        if (!CanCommit) throw new InvalidOperationException("Only a validated file without errors can be committed.");
        Status = ImportStatus.Committing;
    }

    public void Committed(int rows, DateTimeOffset now)
    {
        if (Status != ImportStatus.Committing) throw new InvalidOperationException("The import is not being committed.");
        CommittedRows = rows;
        Status = ImportStatus.Committed;
        Content = [];
        CompletedAt = now;
    }
}

public sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> builder)
    {
        builder.Property(j => j.Kind).HasMaxLength(50);
        builder.Property(j => j.FileName).HasMaxLength(260);
        builder.Property(j => j.CreatedByName).HasMaxLength(256);
        builder.Property(j => j.Errors).HasJsonConversion();
        builder.Property(j => j.Preview).HasJsonConversion();
        builder.HasIndex(j => new { j.OrganizationId, j.CreatedAt });
        builder.HasIndex(j => new { j.ContextId, j.Kind, j.Status });
    }
}
