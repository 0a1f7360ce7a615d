using ArchivePortal.Storage.Feeds;

namespace ArchivePortal.Web.Feeds;

/// <summary>
/// Sends the digests from the portal: every <c>Archive:Digest:IntervalMinutes</c> (default 15) it
/// queues what is due and sends the outbox through <c>Archive:Smtp</c>. Without an SMTP host it does nothing.
/// </summary>
public sealed class DigestService(Digests digests, IServiceProvider services, IConfiguration configuration, ILogger<DigestService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        if (services.GetService<IDigestMailer>() is not { } mailer) return;
        var interval = TimeSpan.FromMinutes(configuration.GetValue("Archive:Digest:IntervalMinutes", 15.0));
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var queued = digests.Queue(DateTimeOffset.UtcNow);
                var (sent, failed) = await digests.SendAsync(mailer, stop);
                if (queued + sent + failed > 0) log.LogInformation("Digests: {Queued} queued, {Sent} sent, {Failed} failed (retried next time)", queued, sent, failed);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Digests could not run; trying again in {Interval}", interval);
            }
            try { await Task.Delay(interval, stop); } catch (OperationCanceledException) { }
        }
    }

    /// <summary>The SMTP settings from configuration, or null when no host is set.</summary>
    public static SmtpSettings? Settings(IConfiguration configuration)
    {
        var s = configuration.GetSection("Archive:Smtp");
        return string.IsNullOrWhiteSpace(s["Host"]) ? null : new SmtpSettings(s["Host"]!, s.GetValue("Port", 25), s["From"] ?? "archive-portal@localhost",
            s["User"], s["Password"], s.GetValue("RequireTls", false));
    }
}
