using System.Globalization;

namespace ArchivePortal.Ingest.Crawling;

/// <summary>
/// A site's robots.txt as it applies to <see cref="UserAgentToken"/> (RFC 9309): the group naming our token,
/// else the * group. The longest matching Allow or Disallow pattern decides, Allow winning a tie;
/// * and $ work as in Google's and Bing's parsers. Crawl-delay (seconds, fractions allowed) and Sitemap lines are kept.
/// </summary>
public sealed class RobotsRules
{
    /// <summary>The product token robots.txt groups are matched against.</summary>
    public const string UserAgentToken = "ArchivePortalBot";

    /// <summary>No robots.txt (404): everything is allowed.</summary>
    public static readonly RobotsRules AllowAll = new([], null, []);

    /// <summary>robots.txt could not be read (5xx, network): nothing is fetched, as RFC 9309 asks.</summary>
    public static readonly RobotsRules Unavailable = new([new Rule(false, "/")], null, []);

    readonly IReadOnlyList<Rule> rules;

    public TimeSpan? CrawlDelay { get; }

    public IReadOnlyList<string> Sitemaps { get; }

    RobotsRules(IReadOnlyList<Rule> rules, TimeSpan? crawlDelay, IReadOnlyList<string> sitemaps)
    {
        this.rules = rules;
        CrawlDelay = crawlDelay;
        Sitemaps = sitemaps;
    }

    public static RobotsRules Parse(string text)
    {
        var groups = new List<Group>();
        var sitemaps = new List<string>();
        Group? current = null;
        bool lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#', 2)[0].Trim();
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "sitemap") { if (value.Length > 0) sitemaps.Add(value); continue; }
            if (key == "user-agent")
            {
                // Consecutive User-agent lines share one group of rules.
                if (current is null || !lastWasAgent) groups.Add(current = new Group());
                current.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }
            lastWasAgent = false;
            if (current is null) continue;
            switch (key)
            {
                case "allow" or "disallow" when value.Length > 0:
                    current.Rules.Add(new Rule(key == "allow", value));
                    break;
                case "crawl-delay" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0:
                    current.CrawlDelay = TimeSpan.FromSeconds(Math.Min(seconds, 60));
                    break;
            }
        }
        var token = UserAgentToken.ToLowerInvariant();
        var mine = groups.Where(g => g.Agents.Any(a => a != "*" && token.Contains(a, StringComparison.Ordinal))).ToList();
        if (mine.Count == 0) mine = groups.Where(g => g.Agents.Contains("*")).ToList();
        return new RobotsRules(
            mine.SelectMany(g => g.Rules).ToList(),
            mine.Select(g => g.CrawlDelay).FirstOrDefault(d => d is not null),
            sitemaps);
    }

    /// <summary>True when the URL's path and query may be fetched.</summary>
    public bool IsAllowed(Uri url)
    {
        var path = url.PathAndQuery;
        Rule? best = null;
        foreach (var rule in rules)
        {
            if (!rule.Matches(path)) continue;
            if (best is null || rule.Path.Length > best.Path.Length || (rule.Path.Length == best.Path.Length && rule.Allow)) best = rule;
        }
        return best is null || best.Allow;
    }

    sealed class Group
    {
        public List<string> Agents { get; } = [];
        public List<Rule> Rules { get; } = [];
        public TimeSpan? CrawlDelay { get; set; }
    }

    sealed record Rule(bool Allow, string Path)
    {
        public bool Matches(string path) =>
            RobotsPattern.HasWildcards(Path) ? RobotsPattern.Matches(path, Path) : path.StartsWith(Path, StringComparison.Ordinal);
    }
}
