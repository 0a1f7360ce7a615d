namespace ArchivePortal.Ingest.Crawling;

/// <summary>Which URLs belong to a crawl: the start URLs' hosts, or the folders they are in.</summary>
public sealed class CrawlScope
{
    readonly CrawlScopeKind kind;
    readonly IReadOnlyList<Uri> starts;

    public IReadOnlyList<string> Hosts { get; }

    public CrawlScope(CrawlScopeKind kind, IReadOnlyList<Uri> starts)
    {
        this.kind = kind;
        this.starts = starts;
        Hosts = starts.Select(HostKey).Distinct().ToList();
    }

    /// <summary>host:port, the unit that politeness and robots.txt apply to.</summary>
    public static string HostKey(Uri url) => url.IsDefaultPort ? url.Host : $"{url.Host}:{url.Port}";

    public bool Contains(Uri url) => kind switch
    {
        CrawlScopeKind.Prefix => starts.Any(s => SameOrigin(s, url) && url.AbsolutePath.StartsWith(Folder(s), StringComparison.Ordinal)),
        _ => starts.Any(s => SameOrigin(s, url)),
    };

    static bool SameOrigin(Uri a, Uri b) => a.Scheme == b.Scheme && HostKey(a) == HostKey(b);

    // https://lib.example/news/index.html → /news/ ; https://lib.example/news → /news
    static string Folder(Uri start)
    {
        var path = start.AbsolutePath;
        var slash = path.LastIndexOf('/');
        var last = path[(slash + 1)..];
        return last.Contains('.') ? path[..(slash + 1)] : path;
    }
}
