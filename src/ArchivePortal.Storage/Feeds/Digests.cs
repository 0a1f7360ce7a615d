using System.Globalization;
using System.Net;
using System.Text;
using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Search;
using Dapper;

namespace ArchivePortal.Storage.Feeds;

/// <summary>One digest mail: to whom, what, and the saved searches' marks it moves (up to which record they are mailed).</summary>
public sealed record DigestMessage(long UserId, string To, string Subject, string Text, string Html, string UnsubscribeUrl, int Records,
    IReadOnlyList<(long SavedSearchId, long FromRowId, long ToRowId)> Marks);

/// <summary>A mail in the outbox, as the mailer sends it; its id makes the Message-ID, the same on a retry.</summary>
public sealed record OutboxMail(long Id, string To, string Subject, string Text, string Html, string? UnsubscribeUrl);

/// <summary>Sends one mail; throws when the server does not take it.</summary>
public interface IDigestMailer
{
    Task SendAsync(OutboxMail mail, CancellationToken cancel);
}

/// <summary>
/// Email digests of saved searches (as VuFind's alerts): per saved search none, daily or weekly; one
/// mail per person and period listing the new records of each of their due saved searches, in their
/// language, plain text and HTML, with an unsubscribe link of its own token. A mail is written to
/// the outbox in the same transaction that marks its records as mailed, then sent: a failed send
/// is retried on the next run, a restart sends what is left, and no record is mailed twice.
/// </summary>
public sealed class Digests(ArchiveDatabase database, LuceneSearchIndex search, FeedTokens tokens, Uri publicUrl)
{
    public const int RecordsPerSearch = 20;
    public const int MaxAttempts = 5;

    /// <summary>The mails due at <paramref name="now"/>, composed without writing anything (archive digest --dry-run).</summary>
    public IReadOnlyList<DigestMessage> Compose(DateTimeOffset now)
    {
        using var c = database.Connect();
        var due = c.Query<DueRow>("""
            SELECT s.id, s.user_id, s.name, s.query, s.filters, s.sort, s.digest, s.digest_rowid, s.digested_at, u.email, u.language
            FROM saved_searches s JOIN users u ON u.id = s.user_id
            WHERE s.digest <> 'none' AND u.email IS NOT NULL AND u.disabled = 0
            ORDER BY s.user_id, s.name COLLATE NOCASE, s.id
            """).Where(r => IsDue(r, now)).ToList();
        var newest = c.ExecuteScalar<long>("SELECT coalesce(max(rowid), 0) FROM records");
        var messages = new List<DigestMessage>();
        foreach (var user in due.GroupBy(r => r.user_id))
        {
            var first = user.First();
            var sections = user.Select(r => (Row: r, Hits: NewRecords(r, newest, out var total), Total: total)).ToList();
            var marks = sections.Select(s => (s.Row.id, s.Row.digest_rowid, newest)).ToList();
            var records = sections.Sum(s => s.Total);
            var unsubscribe = new Uri(publicUrl, $"/digest/unsubscribe/user/{user.Key}/{tokens.ForPurpose("unsubscribe-user:" + user.Key)}").AbsoluteUri;
            // Nothing new: no mail, but the period is done (an empty DigestMessage carries the marks).
            messages.Add(records == 0
                ? new DigestMessage(user.Key, first.email, "", "", "", unsubscribe, 0, marks)
                : Write(user.Key, first.email, first.language, sections.Where(s => s.Total > 0).Select(s => (s.Row, s.Hits, s.Total)).ToList(), records, unsubscribe, marks));
        }
        return messages;
    }

    /// <summary>Composes what is due and puts it in the outbox with its marks; returns the mails queued.</summary>
    public int Queue(DateTimeOffset now)
    {
        int queued = 0;
        foreach (var m in Compose(now))
        {
            using var c = database.Connect();
            using var tx = c.BeginTransaction();
            // Another run (the portal's, the CLI's) may have taken these records meanwhile: then skip.
            var taken = m.Marks.Any(mark => c.ExecuteScalar<long>("SELECT digest_rowid FROM saved_searches WHERE id = @id", new { id = mark.SavedSearchId }, tx) != mark.FromRowId);
            if (taken) continue;
            foreach (var (id, _, to) in m.Marks)
                c.Execute("UPDATE saved_searches SET digest_rowid = @to, digested_at = @now WHERE id = @id", new { id, to, now = now.ToString("O") }, tx);
            if (m.Records > 0)
            {
                c.Execute("""
                    INSERT INTO digest_outbox(user_id, to_address, subject, text_body, html_body, unsubscribe_url, created_at)
                    VALUES (@UserId, @To, @Subject, @Text, @Html, @UnsubscribeUrl, @now)
                    """, new { m.UserId, m.To, m.Subject, m.Text, m.Html, m.UnsubscribeUrl, now = now.ToString("O") }, tx);
                queued++;
            }
            tx.Commit();
        }
        return queued;
    }

    /// <summary>Sends every unsent mail of the outbox (each at most <see cref="MaxAttempts"/> times); returns how many went and how many failed.</summary>
    public async Task<(int Sent, int Failed)> SendAsync(IDigestMailer mailer, CancellationToken cancel = default)
    {
        int sent = 0, failed = 0;
        List<OutboxMail> pending;
        using (var c = database.Connect())
            pending = c.Query<OutboxMail>("""
                SELECT id AS Id, to_address AS "To", subject AS Subject, text_body AS Text, html_body AS Html, unsubscribe_url AS UnsubscribeUrl
                FROM digest_outbox WHERE sent_at IS NULL AND attempts < @max ORDER BY id
                """, new { max = MaxAttempts }).ToList();
        foreach (var mail in pending)
        {
            cancel.ThrowIfCancellationRequested();
            try
            {
                await mailer.SendAsync(mail, cancel);
                using var c = database.Connect();
                c.Execute("UPDATE digest_outbox SET sent_at = @now, attempts = attempts + 1, last_error = NULL WHERE id = @id",
                    new { id = mail.Id, now = DateTimeOffset.UtcNow.ToString("O") });
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                using var c = database.Connect();
                c.Execute("UPDATE digest_outbox SET attempts = attempts + 1, last_error = @error WHERE id = @id", new { id = mail.Id, error = e.Message });
                failed++;
            }
        }
        return (sent, failed);
    }

    /// <summary>Stops the digests of one person (all their saved searches), when the token is theirs.</summary>
    public bool UnsubscribeUser(long userId, string token)
    {
        if (!tokens.Verify("unsubscribe-user:" + userId, token)) return false;
        using var c = database.Connect();
        c.Execute("UPDATE saved_searches SET digest = 'none' WHERE user_id = @userId", new { userId });
        return true;
    }

    /// <summary>Stops the digest of one saved search, when the token is its own.</summary>
    public bool UnsubscribeSearch(long savedSearchId, string token)
    {
        if (!tokens.Verify("unsubscribe-search:" + savedSearchId, token)) return false;
        using var c = database.Connect();
        return c.Execute("UPDATE saved_searches SET digest = 'none' WHERE id = @savedSearchId", new { savedSearchId }) == 1;
    }

    static bool IsDue(DueRow r, DateTimeOffset now)
    {
        if (r.digested_at is null) return true;
        var last = DateTimeOffset.Parse(r.digested_at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        // An hour's slack: a run a little earlier than yesterday's still sends today's.
        var period = r.digest == DigestFrequency.Weekly ? TimeSpan.FromDays(7) : TimeSpan.FromDays(1);
        return now - last >= period - TimeSpan.FromHours(1);
    }

    /// <summary>A record as a digest lists it.</summary>
    sealed record DigestEntry(string Id, string Title, DateOnly? Date);

    /// <summary>
    /// The newest of the saved search's records after its mark and up to <paramref name="newest"/>
    /// (publication date, then the last imported, as feeds order them), and how many there are.
    /// Read from the rows: a mail needs titles and dates, not snippets of every new record.
    /// </summary>
    List<DigestEntry> NewRecords(DueRow r, long newest, out int total)
    {
        var fresh = search.MatchingRowIds(r.Saved().Request(limit: 0)).Where(id => id > r.digest_rowid && id <= newest).ToList();
        total = fresh.Count;
        if (total == 0) return [];
        using var c = database.Connect();
        return fresh.Chunk(5000)
            .SelectMany(chunk => c.Query<(long RowId, string Id, string Title, string? Date)>(
                "SELECT rowid, id, title, date FROM records WHERE rowid IN @chunk", new { chunk }))
            .OrderByDescending(x => x.Date ?? "", StringComparer.Ordinal).ThenByDescending(x => x.RowId)
            .Take(RecordsPerSearch)
            .Select(x => new DigestEntry(x.Id, x.Title, x.Date is null ? null : DateOnly.ParseExact(x.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .ToList();
    }

    DigestMessage Write(long userId, string to, string language, List<(DueRow Row, List<DigestEntry> Hits, int Total)> sections, int records, string unsubscribeAll,
        IReadOnlyList<(long, long, long)> marks)
    {
        string T(string key) => DigestTexts.Get(language, key);
        var subject = records == 1 ? T("subject.one") : string.Format(CultureInfo.InvariantCulture, T("subject"), records);
        var text = new StringBuilder().AppendLine(T("intro")).AppendLine();
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"").Append(Enc(language)).Append("\"><body><p>").Append(Enc(T("intro"))).Append("</p>");
        foreach (var (row, hits, total) in sections)
        {
            var open = new Uri(publicUrl, $"/saved/{row.id}").AbsoluteUri;
            var stop = new Uri(publicUrl, $"/digest/unsubscribe/search/{row.id}/{tokens.ForPurpose("unsubscribe-search:" + row.id)}").AbsoluteUri;
            var heading = string.Format(CultureInfo.InvariantCulture, T("search"), row.name, total);
            text.AppendLine(heading).AppendLine(new string('-', Math.Min(60, heading.Length)));
            html.Append("<h2>").Append(Enc(heading)).Append("</h2><ul>");
            foreach (var h in hits)
            {
                var url = new Uri(publicUrl, "/records/" + Uri.EscapeDataString(h.Id)).AbsoluteUri;
                var date = h.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? T("undated");
                text.AppendLine($"* {h.Title} ({date})").AppendLine($"  {url}");
                html.Append("<li><a href=\"").Append(Enc(url)).Append("\">").Append(Enc(h.Title)).Append("</a> (").Append(Enc(date)).Append(")</li>");
            }
            html.Append("</ul>");
            if (total > hits.Count)
            {
                var more = string.Format(CultureInfo.InvariantCulture, T("more"), total - hits.Count, open);
                text.AppendLine(more);
                html.Append("<p>").Append(Enc(more)).Append("</p>");
            }
            text.AppendLine(string.Format(CultureInfo.InvariantCulture, T("open"), open))
                .AppendLine(string.Format(CultureInfo.InvariantCulture, T("unsubscribe"), stop)).AppendLine();
            html.Append("<p><a href=\"").Append(Enc(open)).Append("\">").Append(Enc(string.Format(CultureInfo.InvariantCulture, T("open"), ""))).Append("</a> · ")
                .Append("<a href=\"").Append(Enc(stop)).Append("\">").Append(Enc(string.Format(CultureInfo.InvariantCulture, T("unsubscribe"), ""))).Append("</a></p>");
        }
        html.Append("</body></html>");
        return new DigestMessage(userId, to, subject, text.ToString(), html.ToString(), unsubscribeAll, records, marks);
    }

    static string Enc(string s) => WebUtility.HtmlEncode(s);

    sealed class DueRow
    {
        public long id { get; set; }
        public long user_id { get; set; }
        public string name { get; set; } = "";
        public string query { get; set; } = "";
        public string filters { get; set; } = "[]";
        public string sort { get; set; } = "";
        public string digest { get; set; } = "";
        public long digest_rowid { get; set; }
        public string? digested_at { get; set; }
        public string email { get; set; } = "";
        public string language { get; set; } = "en";

        public SavedSearch Saved() => new(id, user_id, name, query, SavedSearchStore.ParseFilters(filters), SavedSearchStore.ParseSort(sort),
            language, digest, 1, 0, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, null);
    }
}
