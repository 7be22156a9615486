using Microsoft.EntityFrameworkCore;

namespace Regie.Web.Data;

public static class VersionedSave
{
    /// <summary>
    /// Saves only if the record still has the version the user started editing from. False means someone else
    /// saved first: nothing was written, and the context is cleared so the page can read and show the stored values.
    /// A new record (no version seen yet) is simply saved.
    /// </summary>
    public static async Task<bool> SaveIfUnchangedAsync(this RegieDbContext db, IVersioned record, int? versionSeen, CancellationToken ct = default)
    {
        if (versionSeen is { } version) db.Entry(record).Property(nameof(IVersioned.Version)).OriginalValue = version;
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
