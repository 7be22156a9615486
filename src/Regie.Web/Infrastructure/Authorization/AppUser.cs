using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Regie.Web.Data;

namespace Regie.Web.Infrastructure.Authorization;

public sealed class AppUser : IdentityUser<Guid>, IAudited, IOrganizationOwned
{
    public AppUser() => Id = Guid.CreateVersion7();

    [Display(Name = "Naam")] public string DisplayName { get; set; } = "";
    public Guid OrganizationId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    [Display(Name = "Gedeactiveerd op")] public DateTimeOffset? DeactivatedAt { get; private set; }
    [Display(Name = "Uitgenodigd op")] public DateTimeOffset? InvitedAt { get; set; }

    public bool IsActive => DeactivatedAt is null;

    public void Deactivate(DateTimeOffset now)
    {
        if (!IsActive) throw new InvalidOperationException("User is already deactivated.");
        DeactivatedAt = now;
        LockoutEnabled = true;
        LockoutEnd = DateTimeOffset.MaxValue;
    }

    public void Reactivate()
    {
        if (IsActive) throw new InvalidOperationException("User is active.");
        DeactivatedAt = null;
        LockoutEnd = null;
    }
}
