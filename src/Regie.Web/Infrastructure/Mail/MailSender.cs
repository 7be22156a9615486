using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Regie.Web.Infrastructure.Mail;

public sealed class MailOptions
{
    /// <summary>SMTP host; when empty, mail is written to the log instead of sent.</summary>
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public bool UseTls { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "regie@localhost";
}

/// <summary>Sends mail through SMTP (MailKit), or logs it when no SMTP server is configured.</summary>
public sealed class MailSender(Microsoft.Extensions.Options.IOptions<MailOptions> options, ILogger<MailSender> logger)
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken ct = default)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.Host))
        {
            logger.LogWarning("No SMTP server configured (Mail:Host); mail to {To} not sent.\nOnderwerp: {Subject}\n{Body}", to, subject, body);
            return;
        }
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };

        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Host, settings.Port, settings.UseTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
        if (!string.IsNullOrEmpty(settings.UserName)) await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    }
}
