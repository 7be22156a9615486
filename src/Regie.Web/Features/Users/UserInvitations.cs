using Microsoft.AspNetCore.Identity;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Mail;

namespace Regie.Web.Features.Users;

/// <summary>Sends the invitation mail with a link where the new user sets a password.</summary>
public sealed class UserInvitations(UserManager<AppUser> users, MailSender mail, TimeProvider clock)
{
    public async Task SendAsync(AppUser user, string organizationName, string inviterName, string baseUrl, CancellationToken ct)
    {
        var code = await users.GeneratePasswordResetTokenAsync(user);
        var link = $"{baseUrl.TrimEnd('/')}/Account/SetPassword?userId={user.Id}&code={Uri.EscapeDataString(code)}";
        user.InvitedAt = clock.GetUtcNow();
        await users.UpdateAsync(user);
        var body = $"""
            Beste {user.DisplayName},

            {inviterName} heeft u uitgenodigd voor Regie, namens {organizationName}.
            Stel via deze link uw wachtwoord in (de link is 7 dagen geldig):

            {link}

            Daarna logt u in met uw e-mailadres {user.Email}.
            Verwacht u deze uitnodiging niet? Dan kunt u deze e-mail negeren.
            """;
        await mail.SendAsync(user.Email!, $"Uitnodiging voor Regie – {organizationName}", body, ct);
    }
}
