namespace ArchivePortal.Ingest.Crawling;

/// <summary>
/// Matches a robots.txt Allow or Disallow pattern against a path: <c>*</c> is any run of characters,
/// a final <c>$</c> anchors the end, anything else matches itself, and the pattern need only match a
/// prefix of the path (RFC 9309). It keeps the set of path positions the pattern so far can end at, as
/// Google's robots.txt parser does: the time is at most the path's length times the pattern's, where a
/// backtracking regular expression ("/*a*a*a…*b$" against a long path) takes minutes. A robots.txt
/// comes from anyone.
/// </summary>
internal static class RobotsPattern
{
    public static bool HasWildcards(string pattern) => pattern.Contains('*') || pattern.EndsWith('$');

    public static bool Matches(string path, string pattern)
    {
        // The positions are kept in increasing order; a '*' extends the first of them to every one after it.
        var positions = new int[path.Length + 1];
        var count = 1;
        for (var p = 0; p < pattern.Length; p++)
        {
            var c = pattern[p];
            if (c == '$' && p == pattern.Length - 1) return positions[count - 1] == path.Length;
            if (c == '*')
            {
                var first = positions[0];
                count = path.Length - first + 1;
                for (var i = 0; i < count; i++) positions[i] = first + i;
                continue;
            }
            var kept = 0;
            for (var i = 0; i < count; i++)
                if (positions[i] < path.Length && path[positions[i]] == c) positions[kept++] = positions[i] + 1;
            if (kept == 0) return false;
            count = kept;
        }
        return true;
    }
}
