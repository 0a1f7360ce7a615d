using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Crawling;

/// <summary>
/// The crawler's frontier and per-URL state, kept in the archive database so that crawl state and the
/// records it produced survive a killed process together. Every write is one statement or one short
/// transaction: a kill loses at most the pages in flight, which are still queued and fetched again.
/// </summary>
public sealed class CrawlStateStore(ArchiveDatabase database)
{
    static string Now() => DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>
    /// Resumes the last run when it was started with the same URLs and did not finish; otherwise starts a
    /// new run, putting every known URL of <paramref name="hosts"/> back into the frontier (with its
    /// validators kept, so that the re-crawl is conditional).
    /// </summary>
    public CrawlRun BeginRun(string startUrls, IReadOnlyCollection<string> hosts)
    {
        using var c = database.Connect();
        using var tx = c.BeginTransaction();
        var last = c.QuerySingleOrDefault<(long Id, string StartUrls, string? FinishedAt)?>(
            "SELECT id, start_urls, finished_at FROM crawl_runs ORDER BY id DESC LIMIT 1", transaction: tx);
        if (last is { FinishedAt: null } open && open.StartUrls == startUrls)
        {
            tx.Commit();
            return new CrawlRun(open.Id, startUrls, Resumed: true);
        }
        var id = c.ExecuteScalar<long>(
            "INSERT INTO crawl_runs(start_urls, started_at) VALUES (@startUrls, @now) RETURNING id", new { startUrls, now = Now() }, tx);
        c.Execute("UPDATE crawl_urls SET state='queued', run_id=@id WHERE host IN @hosts", new { id, hosts }, tx);
        tx.Commit();
        return new CrawlRun(id, startUrls, Resumed: false);
    }

    public void FinishRun(long runId)
    {
        using var c = database.Connect();
        c.Execute("UPDATE crawl_runs SET finished_at=@now WHERE id=@runId", new { runId, now = Now() });
    }

    /// <summary>
    /// Adds the URLs not yet known to the frontier; a queued URL found again nearer a start URL takes the smaller
    /// depth (pages are handled concurrently, so a deep page may name a URL before the shallow one does).
    /// Returns how many rows were added or moved up.
    /// </summary>
    public int Enqueue(IReadOnlyCollection<FrontierUrl> urls, long runId)
    {
        if (urls.Count == 0) return 0;
        using var c = database.Connect();
        using var tx = c.BeginTransaction();
        var added = c.Execute(
            """
            INSERT INTO crawl_urls(url, host, depth, state, run_id) VALUES (@Url, @Host, @Depth, 'queued', @runId)
            ON CONFLICT(url) DO UPDATE SET depth=excluded.depth WHERE excluded.depth < crawl_urls.depth AND crawl_urls.state='queued'
            """,
            urls.Select(u => new { u.Url, u.Host, u.Depth, runId }), tx);
        tx.Commit();
        return added;
    }

    /// <summary>Queued URLs of <paramref name="hosts"/>, shallowest first, leaving out <paramref name="exclude"/> (the ones in flight).</summary>
    public IReadOnlyList<CrawlUrlState> Queued(IReadOnlyCollection<string> hosts, int limit, IReadOnlyCollection<string> exclude)
    {
        using var c = database.Connect();
        return c.Query<CrawlUrlRow>(
                "SELECT * FROM crawl_urls WHERE state='queued' AND host IN @hosts ORDER BY depth, rowid LIMIT @n",
                new { hosts, n = limit + exclude.Count })
            .Where(r => !exclude.Contains(r.url)).Take(limit).Select(r => r.ToState()).ToList();
    }

    public int QueuedCount(IReadOnlyCollection<string> hosts)
    {
        using var c = database.Connect();
        return c.ExecuteScalar<int>("SELECT count(*) FROM crawl_urls WHERE state='queued' AND host IN @hosts", new { hosts });
    }

    /// <summary>URLs the run has finished (done, failed or skipped): what --max-pages and resuming count.</summary>
    public int HandledCount(long runId)
    {
        using var c = database.Connect();
        return c.ExecuteScalar<int>("SELECT count(*) FROM crawl_urls WHERE run_id=@runId AND state<>'queued'", new { runId });
    }

    public CrawlUrlState? Get(string url)
    {
        using var c = database.Connect();
        return c.QuerySingleOrDefault<CrawlUrlRow>("SELECT * FROM crawl_urls WHERE url=@url", new { url })?.ToState();
    }

    /// <summary>Writes the whole row of <paramref name="state"/>, adding it when the URL is new (a redirect target).</summary>
    public void Save(CrawlUrlState state)
    {
        using var c = database.Connect();
        c.Execute(
            """
            INSERT INTO crawl_urls(url, host, depth, state, run_id, http_status, etag, last_modified, content_hash, last_fetch,
                                   error_code, error_detail, record_id, canonical_url)
            VALUES (@Url, @Host, @Depth, @State, @RunId, @HttpStatus, @ETag, @LastModified, @ContentHash, @LastFetch,
                    @ErrorCode, @ErrorDetail, @RecordId, @CanonicalUrl)
            ON CONFLICT(url) DO UPDATE SET state=excluded.state, run_id=excluded.run_id, http_status=excluded.http_status,
                etag=excluded.etag, last_modified=excluded.last_modified, content_hash=excluded.content_hash,
                last_fetch=excluded.last_fetch, error_code=excluded.error_code, error_detail=excluded.error_detail,
                record_id=excluded.record_id, canonical_url=excluded.canonical_url
            """,
            new
            {
                state.Url, state.Host, state.Depth, State = CrawlUrlRow.Name(state.Status), state.RunId, state.HttpStatus,
                state.ETag, state.LastModified, state.ContentHash,
                LastFetch = state.LastFetch?.ToString("O", CultureInfo.InvariantCulture),
                state.ErrorCode, state.ErrorDetail, state.RecordId, state.CanonicalUrl,
            });
    }

    /// <summary>The record already holding an article with this content hash under another URL, or null.</summary>
    public string? RecordWithContentHash(string contentHash, string exceptUrl)
    {
        using var c = database.Connect();
        return c.ExecuteScalar<string?>(
            "SELECT record_id FROM crawl_urls WHERE content_hash=@contentHash AND url<>@exceptUrl AND record_id IS NOT NULL ORDER BY rowid LIMIT 1",
            new { contentHash, exceptUrl });
    }

    /// <summary>Every URL whose last fetch failed or was skipped, by URL.</summary>
    public IReadOnlyList<CrawlFailure> Failures()
    {
        using var c = database.Connect();
        return c.Query<CrawlUrlRow>("SELECT * FROM crawl_urls WHERE state IN ('failed', 'skipped') ORDER BY url")
            .Select(r => new CrawlFailure(r.url, r.state, r.error_code ?? "", (int?)r.http_status, r.error_detail, r.ToState().LastFetch))
            .ToList();
    }
}

/// <summary>A crawl_urls row as Dapper reads it (column names as in SQL).</summary>
internal sealed class CrawlUrlRow
{
    public string url { get; set; } = "";
    public string host { get; set; } = "";
    public long depth { get; set; }
    public string state { get; set; } = "";
    public long run_id { get; set; }
    public long? http_status { get; set; }
    public string? etag { get; set; }
    public string? last_modified { get; set; }
    public string? content_hash { get; set; }
    public string? last_fetch { get; set; }
    public string? error_code { get; set; }
    public string? error_detail { get; set; }
    public string? record_id { get; set; }
    public string? canonical_url { get; set; }

    public static string Name(CrawlUrlStatus status) => status.ToString().ToLowerInvariant();

    public CrawlUrlState ToState() => new()
    {
        Url = url, Host = host, Depth = (int)depth,
        Status = Enum.Parse<CrawlUrlStatus>(state, ignoreCase: true),
        RunId = run_id, HttpStatus = (int?)http_status, ETag = etag, LastModified = last_modified,
        ContentHash = content_hash,
        LastFetch = last_fetch is null ? null : DateTimeOffset.Parse(last_fetch, CultureInfo.InvariantCulture),
        ErrorCode = error_code, ErrorDetail = error_detail, RecordId = record_id, CanonicalUrl = canonical_url,
    };
}
