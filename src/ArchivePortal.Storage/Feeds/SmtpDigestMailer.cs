using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace ArchivePortal.Storage.Feeds;

/// <summary>The <c>Archive:Smtp</c> settings: server, port, sender, optional login, and whether to require STARTTLS.</summary>
public sealed record SmtpSettings(string Host, int Port = 25, string From = "archive-portal@localhost", string? User = null, string? Password = null, bool RequireTls = false);

/// <summary>Sends digest mails through SMTP with MailKit: plain text and HTML alternatives, List-Unsubscribe headers, a Message-ID stable across retries.</summary>
public sealed class SmtpDigestMailer(SmtpSettings settings) : IDigestMailer
{
    public async Task SendAsync(OutboxMail mail, CancellationToken cancel)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.MessageId = $"digest-{mail.Id}@{settings.From.Split('@').Last()}";
        if (mail.UnsubscribeUrl is { } unsubscribe)
        {
            message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.Body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html }.ToMessageBody();
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Host, settings.Port, settings.RequireTls ? SecureSocketOptions.StartTls : SecureSocketOptions.StartTlsWhenAvailable, cancel);
        if (settings.User is not null) await client.AuthenticateAsync(settings.User, settings.Password ?? "", cancel);
        await client.SendAsync(message, cancel);
        await client.DisconnectAsync(quit: true, cancel);
    }
}
