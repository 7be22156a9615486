using System.Collections.Concurrent;

namespace Regie.Web.Infrastructure.Import;

/// <summary>
/// Live progress of running imports, kept in memory: while SQLite commits a file its write lock
/// would block progress rows, and progress is worthless after a restart anyway.
/// </summary>
public sealed class ImportProgress
{
    private readonly ConcurrentDictionary<Guid, (int Done, int Total)> _running = new();

    public void Report(Guid jobId, int done, int total) => _running[jobId] = (done, total);

    public (int Done, int Total)? Get(Guid jobId) => _running.TryGetValue(jobId, out var p) ? p : null;

    public void Clear(Guid jobId) => _running.TryRemove(jobId, out _);
}
