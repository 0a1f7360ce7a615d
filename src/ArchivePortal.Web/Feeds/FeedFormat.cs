namespace ArchivePortal.Web.Feeds;

/// <summary>Atom 1.0 or RSS 2.0, with the media type each is served as.</summary>
public sealed record FeedFormat(string Name, string MediaType)
{
    public static readonly FeedFormat Atom = new("atom", "application/atom+xml");
    public static readonly FeedFormat Rss = new("rss", "application/rss+xml");

    public static FeedFormat? Parse(string? name) => name switch { "atom" => Atom, "rss" => Rss, _ => null };
}
