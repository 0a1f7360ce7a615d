using ArchivePortal.Storage.Feeds;
using ArchivePortal.Storage.Search;
using Spectre.Console;

namespace ArchivePortal.Cli.Commands;

/// <summary>
/// <c>archive digest [--dry-run]</c>: the email digests of saved searches that are due now. With
/// --dry-run it prints each mail that would go (to, subject, text) and changes nothing; without,
/// it queues them and sends the outbox through SMTP (<c>Archive__Smtp__Host</c>, <c>__Port</c>,
/// <c>__From</c>, <c>__User</c>, <c>__Password</c>, <c>__RequireTls</c>); links point to
/// --public-url or <c>Archive__PublicUrl</c>. The portal does the same every 15 minutes.
/// </summary>
internal static class DigestCommand
{
    public static async Task<int> Run(CliArguments cli)
    {
        using var archive = ArchiveOpener.Open(cli);
        var publicUrl = new Uri(cli.Option("public-url") ?? Environment.GetEnvironmentVariable("Archive__PublicUrl") ?? "http://127.0.0.1:5000/");
        var digests = new Digests(archive.Database, (LuceneSearchIndex)archive.Index, new FeedTokens(archive.Database), publicUrl);
        if (cli.Flag("dry-run"))
        {
            var due = digests.Compose(DateTimeOffset.UtcNow).Where(m => m.Records > 0).ToList();
            foreach (var m in due)
            {
                AnsiConsole.WriteLine($"To: {m.To}");
                AnsiConsole.WriteLine($"Subject: {m.Subject}");
                AnsiConsole.WriteLine();
                AnsiConsole.WriteLine(m.Text);
            }
            AnsiConsole.WriteLine($"{due.Count} mails would be sent ({due.Sum(m => m.Records):N0} records); nothing was changed");
            return 0;
        }
        var host = Environment.GetEnvironmentVariable("Archive__Smtp__Host");
        if (string.IsNullOrWhiteSpace(host))
        {
            AnsiConsole.MarkupLine("[red]No SMTP server: set Archive__Smtp__Host (and __Port, __From, __User, __Password), or use --dry-run.[/]");
            return 1;
        }
        var mailer = new SmtpDigestMailer(new SmtpSettings(host,
            int.TryParse(Environment.GetEnvironmentVariable("Archive__Smtp__Port"), out var port) ? port : 25,
            Environment.GetEnvironmentVariable("Archive__Smtp__From") ?? "archive-portal@localhost",
            Environment.GetEnvironmentVariable("Archive__Smtp__User"), Environment.GetEnvironmentVariable("Archive__Smtp__Password"),
            bool.TryParse(Environment.GetEnvironmentVariable("Archive__Smtp__RequireTls"), out var tls) && tls));
        var queued = digests.Queue(DateTimeOffset.UtcNow);
        var (sent, failed) = await digests.SendAsync(mailer);
        AnsiConsole.WriteLine($"{queued} mails queued, {sent} sent, {failed} failed (retried next run)");
        return failed > 0 ? 1 : 0;
    }
}
