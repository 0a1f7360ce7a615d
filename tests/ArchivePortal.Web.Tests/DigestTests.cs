using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using ArchivePortal.Core.Search;
using ArchivePortal.Storage;
using ArchivePortal.Storage.Accounts;
using ArchivePortal.Storage.Feeds;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace ArchivePortal.Web.Tests;

/// <summary>
/// Email digests through a real SMTP server in process: one mail per person with the right records,
/// text and HTML parts in their language, an unsubscribe link that works, and nothing sent twice
/// when a run fails half-way and a restarted one finishes it.
/// </summary>
public sealed class DigestTests : IAsyncLifetime
{
    readonly PortalApp app = new();
    readonly Inbox inbox = new();
    readonly CancellationTokenSource stop = new();
    int port;

    public Task InitializeAsync()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(inbox);
        var server = new SmtpServer.SmtpServer(new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build(), services);
        _ = server.StartAsync(stop.Token);
        return Task.CompletedTask;
    }

    /// <summary>Keeps every mail it accepts; refuses mail to the addresses in <see cref="Refused"/>.</summary>
    sealed class Inbox : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Mails { get; } = new();
        public ConcurrentDictionary<string, bool> Refused { get; } = new();

        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancel)
        {
            if (transaction.To.Any(to => Refused.ContainsKey(to.User + "@" + to.Host))) return Task.FromResult(SmtpResponse.TransactionFailed);
            Mails.Enqueue(MimeMessage.Load(new MemoryStream(buffer.ToArray())));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }

    (Digests Digests, SmtpDigestMailer Mailer) Fresh() =>
        // A new Digests and mailer: what a restarted portal (or CLI run) has.
        (new Digests(app.Services.GetRequiredService<Archive>().Database, app.Services.GetRequiredService<Storage.Search.LuceneSearchIndex>(),
            new FeedTokens(app.Services.GetRequiredService<Archive>().Database), new Uri("https://archive.example/")),
         new SmtpDigestMailer(new SmtpSettings("127.0.0.1", port, "digests@archive.example")));

    void Subscribe(string name, string email, string language, string query)
    {
        var users = app.Services.GetRequiredService<UserStore>();
        var user = users.Add(name, UserRole.Staff, Accounts.Password);
        users.SetEmail(name, email, language);
        app.Services.GetRequiredService<SavedSearchStore>().Add(user.Id,
            new SavedSearchDefinition("Watch " + query, query, [], SearchSort.Relevance, language, DigestFrequency.Daily));
    }

    [Fact]
    public async Task One_mail_per_person_with_their_new_records_in_their_language_never_twice_after_a_failed_run()
    {
        _ = app.Client();
        Subscribe("ling", "ling@example.org", "zh", "zebrafish");
        Subscribe("bob", "bob@example.org", "en", "zebrafish OR otters");
        var archive = app.Services.GetRequiredService<Archive>();
        archive.Store.Upsert(
        [
            new() { Id = "zebra-1", Language = "en", Title = "Zebrafish exhibition opens", Body = "The library opens a zebrafish exhibition.", Date = new DateOnly(2026, 11, 30) },
            new() { Id = "otter-1", Language = "en", Title = "Otters in the archive garden", Body = "Otters were seen in the archive garden.", Date = new DateOnly(2026, 12, 1) },
        ]);

        inbox.Refused["bob@example.org"] = true;
        var (digests, mailer) = Fresh();
        Assert.Equal(2, digests.Queue(DateTimeOffset.UtcNow));
        Assert.Equal((1, 1), await digests.SendAsync(mailer));

        inbox.Refused.Clear();
        var (restarted, mailer2) = Fresh();
        Assert.Equal(0, restarted.Queue(DateTimeOffset.UtcNow)); // nothing new is due: today's are queued
        Assert.Equal((1, 0), await restarted.SendAsync(mailer2));
        Assert.Equal((0, 0), await restarted.SendAsync(mailer2));

        var mails = inbox.Mails.ToList();
        Assert.Equal(2, mails.Count);
        var ling = Assert.Single(mails, m => m.To.Mailboxes.Single().Address == "ling@example.org");
        Assert.Equal("您的已保存检索有 1 条新记录", ling.Subject);
        Assert.Contains("https://archive.example/records/zebra-1", ling.TextBody);
        Assert.DoesNotContain("otter-1", ling.TextBody);
        Assert.Contains("Zebrafish exhibition opens</a>", ling.HtmlBody);
        var bob = Assert.Single(mails, m => m.To.Mailboxes.Single().Address == "bob@example.org");
        Assert.Equal("2 new records in your saved searches", bob.Subject);
        Assert.Contains("/records/otter-1", bob.TextBody);
        Assert.Contains("/records/zebra-1", bob.HtmlBody);
        Assert.StartsWith("<https://archive.example/digest/unsubscribe/user/", bob.Headers["List-Unsubscribe"]);

        // The unsubscribe link in the text stops that saved search's digest.
        var link = bob.TextBody!.Split('\n').Select(l => l.Trim()).First(l => l.Contains("/digest/unsubscribe/search/", StringComparison.Ordinal));
        var path = new Uri(link[link.IndexOf("https://", StringComparison.Ordinal)..]).PathAndQuery;
        var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        var done = await client.PostAsync(path, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal(DigestFrequency.None, app.Services.GetRequiredService<SavedSearchStore>().ListFor(app.Services.GetRequiredService<UserStore>().Find("bob")!.Id).Single().Digest);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync(path[..^4] + "xxxx", new FormUrlEncodedContent([]))).StatusCode);
    }

    public Task DisposeAsync()
    {
        stop.Cancel();
        app.Dispose();
        return Task.CompletedTask;
    }
}
