using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Regie.Web.Data;

/// <summary>
/// A board-owned record that is also held in memory (see <see cref="ChangeStamp"/>): saving one gives its
/// board a new stamp for that kind of record.
/// </summary>
public interface IStampedPerBoard : IBoardOwned, IStamped
{
    Guid IStamped.StampOwnerId => BoardId;
}

/// <summary>A record held in memory whose saves renew the stamp of <see cref="StampKind"/> for <see cref="StampOwnerId"/>.</summary>
public interface IStamped
{
    /// <summary>Whose stamp a save renews; a record that belongs to another (a need's school) renews its owner's kind.</summary>
    string StampKind => GetType().Name;

    /// <summary>The board for board-owned records; <see cref="Guid.Empty"/> for records everyone shares, such as the catalogue.</summary>
    Guid StampOwnerId { get; }
}

/// <summary>
/// Tells in-memory copies whether they are current. There is one stamp per kind of record and board; every save
/// that adds, changes or removes such a record replaces it, in the same transaction. A copy remembers the stamp
/// it was loaded under and reloads when the stored stamp differs, so a change made through any app instance
/// shows on the next request, at the cost of one primary-key lookup.
/// </summary>
public sealed class ChangeStamp
{
    public string Kind { get; init; } = "";
    public Guid OwnerId { get; init; }
    public Guid Value { get; set; }
    public DateTimeOffset ChangedAt { get; set; }

    public static string KindOf<T>() => typeof(T).Name;

    private static readonly Func<RegieDbContext, string, Guid, CancellationToken, Task<Guid>> ReadQuery =
        EF.CompileAsyncQuery((RegieDbContext db, string kind, Guid ownerId, CancellationToken ct) =>
            db.ChangeStamps.Where(s => s.Kind == kind && s.OwnerId == ownerId).Select(s => s.Value).FirstOrDefault());

    /// <summary>The current stamp, or <see cref="Guid.Empty"/> when nothing of this kind was ever saved for the owner.</summary>
    public static Task<Guid> ReadAsync<T>(RegieDbContext db, Guid ownerId, CancellationToken ct) =>
        ReadQuery(db, KindOf<T>(), ownerId, ct);
}

/// <summary>Replaces the change stamps of every kind and board touched by a save, inside that save.</summary>
public sealed class ChangeStampInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, List<(string Kind, Guid Owner)>> _pending = [];

    /// <summary>
    /// Raised in this process after a save renewed a stamp, so an in-memory copy here can stop trusting its last
    /// check at once; copies in other processes still see the change through the stamp itself.
    /// </summary>
    public event Action<string, Guid>? Renewed;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
            foreach (var (kind, owner) in Remember(context))
                Renew(context, context.Set<ChangeStamp>().Find(kind, owner), kind, owner);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Announce(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Announce(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context) _pending.Remove(context);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    private List<(string Kind, Guid Owner)> Remember(DbContext context)
    {
        var touched = Touched(context);
        if (touched.Count > 0) _pending.AddOrUpdate(context, touched);
        return touched;
    }

    private void Announce(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var touched)) return;
        _pending.Remove(context);
        foreach (var (kind, owner) in touched) Renewed?.Invoke(kind, owner);
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
            foreach (var (kind, owner) in Remember(context))
                Renew(context, await context.Set<ChangeStamp>().FindAsync([kind, owner], cancellationToken), kind, owner);
        return result;
    }

    private static List<(string Kind, Guid Owner)> Touched(DbContext context) =>
        context.ChangeTracker.Entries<IStamped>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (e.Entity.StampKind, e.Entity.StampOwnerId))
            .Distinct()
            .ToList();

    private void Renew(DbContext context, ChangeStamp? stamp, string kind, Guid owner)
    {
        if (stamp is null)
        {
            stamp = new ChangeStamp { Kind = kind, OwnerId = owner };
            context.Add(stamp);
        }
        stamp.Value = Guid.NewGuid();
        stamp.ChangedAt = clock.GetUtcNow();
    }
}
