using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Regie.Web.Data;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Infrastructure.Audit;

/// <summary>
/// The one place where changes become history: writes an <see cref="AuditEntry"/> per changed record,
/// bumps concurrency versions and refuses deletes of archivable records.
/// </summary>
/// <remarks>A singleton, so the context options can be built once; the acting user comes from the context being saved.</remarks>
public sealed class AuditInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    /// <summary>Secrets and bookkeeping that change without a person meaning to change them.</summary>
    private static readonly HashSet<string> Ignored =
    [
        nameof(IVersioned.Version), nameof(AppUser.PasswordHash), nameof(AppUser.SecurityStamp),
        nameof(AppUser.ConcurrencyStamp), nameof(AppUser.NormalizedEmail), nameof(AppUser.NormalizedUserName),
        nameof(AppUser.AccessFailedCount), "LocationCode", "SearchText",
        // Who owns a record and when it was made are the entry's own organization and time already.
        nameof(IBoardOwned.BoardId), nameof(IOrganizationOwned.OrganizationId), "CreatedAt", "Kind",
    ];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext? context)
    {
        if (context is not RegieDbContext regie) return;
        var tenant = regie.Tenant ?? TenantContext.Nobody;
        var now = clock.GetUtcNow();
        var entries = new List<AuditEntry>();
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.State == EntityState.Deleted && entry.Entity is IArchivable)
                throw new InvalidOperationException($"{entry.Entity.GetType().Name} records are archived, not deleted.");
            if (entry.State == EntityState.Modified && entry.Entity is IVersioned versioned)
                versioned.Version++;
            if (entry.Entity is IdentityUserRole<Guid> userRole && entry.State is EntityState.Added or EntityState.Deleted)
                entries.Add(RoleChange(context, userRole, entry.State == EntityState.Added, tenant, now));
            else if (entry.Entity is IAudited audited && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
                AddEntry(entries, entry, audited, tenant, now);
        }
        context.Set<AuditEntry>().AddRange(entries);
    }

    private static void AddEntry(List<AuditEntry> entries, EntityEntry entry, IAudited audited, TenantContext tenant, DateTimeOffset now)
    {
        // New records get their creation time from the same clock as their audit entry.
        if (entry.State == EntityState.Added && entry.Metadata.FindProperty("CreatedAt") is { } created
            && entry.Property(created.Name).CurrentValue is DateTimeOffset d && d == default)
            entry.Property(created.Name).CurrentValue = now;

        var added = entry.State == EntityState.Added;
        var removed = entry.State == EntityState.Deleted;
        var changes = entry.Properties
            .Where(p => !Ignored.Contains(p.Metadata.Name) && p.Metadata.PropertyInfo is not null && !p.Metadata.IsPrimaryKey())
            .Where(p => added ? p.CurrentValue is not null
                : removed ? p.OriginalValue is not null
                : p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))
            .Select(p => p.Metadata.PropertyInfo!.GetCustomAttribute<AuditRedactedAttribute>() is null
                ? new AuditChange(FieldLabel(p.Metadata.PropertyInfo!), added ? null : Format(p.OriginalValue), removed ? null : Format(p.CurrentValue))
                : new AuditChange(FieldLabel(p.Metadata.PropertyInfo!), added ? null : AuditRedactedAttribute.Marker, removed ? null : AuditRedactedAttribute.Marker))
            .ToList();
        if (!added && !removed && changes.Count == 0) return;

        entries.Add(new AuditEntry
        {
            OrganizationId = OwnerOf(entry.Entity),
            EntityType = entry.Entity.GetType().Name,
            EntityId = audited.Id,
            Action = ActionOf(entry, added),
            UserId = tenant.UserId,
            UserName = tenant.UserName,
            At = now,
            Changes = changes,
        });
    }

    private static AuditEntry RoleChange(DbContext context, IdentityUserRole<Guid> userRole, bool added, TenantContext tenant, DateTimeOffset now)
    {
        var role = Roles.All.FirstOrDefault(r => Roles.IdOf(r.Key) == userRole.RoleId)?.Label ?? userRole.RoleId.ToString();
        var user = context.Set<AppUser>().Local.FirstOrDefault(u => u.Id == userRole.UserId)
                   ?? context.Set<AppUser>().IgnoreQueryFilters().AsNoTracking().First(u => u.Id == userRole.UserId);
        return new AuditEntry
        {
            OrganizationId = user.OrganizationId,
            EntityType = nameof(AppUser),
            EntityId = userRole.UserId,
            Action = AuditAction.Updated,
            UserId = tenant.UserId,
            UserName = tenant.UserName,
            At = now,
            Changes = [new AuditChange("Rol", added ? null : role, added ? role : null)],
        };
    }

    private static AuditAction ActionOf(EntityEntry entry, bool added)
    {
        if (added) return AuditAction.Created;
        if (entry.State == EntityState.Deleted) return AuditAction.Removed;
        var archive = entry.Properties.FirstOrDefault(p => p.Metadata.Name is nameof(IArchivable.ArchivedAt) or nameof(AppUser.DeactivatedAt));
        if (archive is { IsModified: true })
            return archive.CurrentValue is null ? AuditAction.Restored : AuditAction.Archived;
        return AuditAction.Updated;
    }

    private static readonly System.Text.Json.JsonSerializerOptions AuditJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // readable accents; the trail is HTML-encoded when shown
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private static Guid OwnerOf(object entity) => entity switch
    {
        IAuditOwned owned => owned.AuditOwnerId,
        IBoardOwned owned => owned.BoardId,
        IOrganizationOwned owned => owned.OrganizationId,
        Organization organization => organization.Id,
        _ => throw new InvalidOperationException($"{entity.GetType().Name} has no owning organization."),
    };

    private static string FieldLabel(PropertyInfo property) =>
        property.GetCustomAttribute<DisplayAttribute>()?.Name ?? property.Name;

    internal static string? Format(object? value) => value switch
    {
        null => null,
        // Binary content (sealed offers, files) is never copied into the trail: its size says that it changed.
        byte[] bytes => $"({bytes.Length:N0} bytes)",
        DateTimeOffset d => d.ToOffset(TimeSpan.Zero).ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture),
        bool b => b ? "ja" : "nee",
        Enum e => Enums.Label(e),
        IFormattable f => f.ToString(null, CultureInfo.GetCultureInfo("nl-NL")),
        string text => text,
        System.Collections.IDictionary or not System.Collections.IEnumerable when value.GetType().IsClass =>
            System.Text.Json.JsonSerializer.Serialize(value, AuditJson),
        System.Collections.IEnumerable list => string.Join(", ", list.Cast<object?>().Select(Format)),
        _ => value.ToString(),
    };
}
