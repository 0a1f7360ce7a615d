using ArchivePortal.Core.Analysis.Common;

namespace ArchivePortal.Core.Authorities;

/// <summary>Where an authority's name was found in a key text.</summary>
public readonly record struct AuthorityMatch(string Id, int Position, int Length);

/// <summary>
/// Finds the names of one kind of authority in text, longest name first: 越南国家图书馆 is the
/// National Library of Vietnam, not the NLC inside it. Han names match anywhere in a run of Han
/// characters; alphabetic names match whole words only (NLC is not inside "NLCS"). Names can be
/// added while it is in use (a provisional person found by a pattern) and removed (an archivist
/// took an alias away, or undid a merge).
/// </summary>
/// <param name="keys">How names and texts are normalized before they are compared.</param>
/// <param name="shortWords">When given, a Han name of two characters counts only where it stands as a word (国图, not inside 全国图书馆).</param>
public sealed class AuthorityMatcher(NameKey keys, Analysis.Chinese.ShortWordBoundaries? shortWords = null)
{
    readonly Dictionary<string, HashSet<string>> hanNames = new(StringComparer.Ordinal);
    // Longest Han name per first character (0: none), indexed by the character: most characters start
    // no name, and every character of every record's text is looked up here.
    readonly int[] hanLongestByFirst = new int[char.MaxValue + 1];
    readonly Dictionary<string, HashSet<string>> wordNames = new(StringComparer.Ordinal);
    // The beginnings of names of several words, a word at a time (national, national library, national
    // library of): a run of words is tried as a name only while it grows one of them.
    readonly HashSet<string> namePrefixes = new(StringComparer.Ordinal);
    // Names that find an id only in some scripts or regions (國家圖書館 in Taiwan's text), by key and id.
    readonly Dictionary<string, Dictionary<string, NameScope>> scopes = new(StringComparer.Ordinal);
    int maxHanLength;
    readonly Lock gate = new();

    /// <summary>Teaches the matcher that <paramref name="name"/> names <paramref name="id"/>, where <paramref name="scope"/> says (null: everywhere).</summary>
    public void Add(string id, string name, NameScope? scope = null)
    {
        var key = keys.Of(name);
        if (key.Length < 2) return; // one letter or one character names everything
        lock (gate)
        {
            Scope(key, id, scope);
            if (NameKey.HasHan(key) && key.All(TextFolding.IsHan))
            {
                Ids(hanNames, key).Add(id);
                maxHanLength = Math.Max(maxHanLength, key.Length);
                hanLongestByFirst[key[0]] = Math.Max(hanLongestByFirst[key[0]], key.Length);
            }
            else
            {
                Ids(wordNames, key).Add(id);
                for (int space = key.IndexOf(' '); space > 0; space = key.IndexOf(' ', space + 1)) namePrefixes.Add(key[..space]);
            }
        }
    }

    /// <summary>The name no longer finds <paramref name="id"/> (other authorities with the name are still found).</summary>
    public void Remove(string id, string name)
    {
        var key = keys.Of(name);
        lock (gate)
        {
            // The longest-name bounds stay: they only decide how far matching looks.
            foreach (var map in new[] { hanNames, wordNames })
                if (map.TryGetValue(key, out var ids) && ids.Remove(id) && ids.Count == 0) map.Remove(key);
            if (scopes.TryGetValue(key, out var scoped) && scoped.Remove(id) && scoped.Count == 0) scopes.Remove(key);
        }
    }

    /// <summary>
    /// Records where the name finds the id. Two spellings of a name can share a key (國家圖書館,
    /// 国家图书馆): one that names the id everywhere wins over one restricted to some places.
    /// </summary>
    void Scope(string key, string id, NameScope? scope)
    {
        bool known = (hanNames.GetValueOrDefault(key) ?? wordNames.GetValueOrDefault(key))?.Contains(id) == true;
        var scoped = scopes.GetValueOrDefault(key);
        bool wasEverywhere = known && scoped?.ContainsKey(id) != true;
        if (scope is null || wasEverywhere)
        {
            if (scoped is not null && scoped.Remove(id) && scoped.Count == 0) scopes.Remove(key);
            return;
        }
        (scoped ??= scopes[key] = new(StringComparer.Ordinal))[id] = scope;
    }

    /// <summary>The ids of <paramref name="ids"/> that the name of <paramref name="key"/> finds in <paramref name="where"/>.</summary>
    IEnumerable<string> Admitted(string key, HashSet<string> ids, WritingContext? where)
    {
        if (where is not { } context || !scopes.TryGetValue(key, out var scoped)) return ids;
        return ids.Where(id => !scoped.TryGetValue(id, out var scope) || scope.Admits(context));
    }

    static HashSet<string> Ids(Dictionary<string, HashSet<string>> map, string key) =>
        map.TryGetValue(key, out var set) ? set : map[key] = [];

    /// <summary>
    /// The ids whose name is exactly <paramref name="name"/> (after normalization); with
    /// <paramref name="where"/>, only those the name names there.
    /// </summary>
    public IReadOnlyCollection<string> Lookup(string name, WritingContext? where = null)
    {
        var key = keys.Of(name);
        lock (gate)
            return (hanNames.GetValueOrDefault(key) ?? wordNames.GetValueOrDefault(key)) is { } ids ? Admitted(key, ids, where).ToList() : [];
    }

    /// <summary>True when the name finds some authority only in some scripts or regions.</summary>
    public bool IsScoped(string name)
    {
        var key = keys.Of(name);
        lock (gate) return scopes.ContainsKey(key);
    }

    /// <summary>Every name found in <paramref name="text"/>; positions are in the normalized key text.</summary>
    public List<AuthorityMatch> Find(string text, WritingContext? where = null) => FindInKey(keys.Of(text), where);

    /// <summary>
    /// Like <see cref="Find"/> on text already normalized with <see cref="NameKey.Of"/> (normalize once,
    /// match every kind). With <paramref name="where"/>, a name restricted to other scripts or regions
    /// finds nothing there, and a shorter name inside it is tried instead.
    /// </summary>
    public List<AuthorityMatch> FindInKey(string key, WritingContext? where = null)
    {
        var matches = new List<AuthorityMatch>();
        var (words, han) = KeyWords.Of(key);
        int position = 0;
        lock (gate)
        {
            for (int w = 0; w < words.Length;)
            {
                var word = words[w];
                if (han[w])
                {
                    FindHan(word, position, matches, where);
                    position += word.Length + 1;
                    w++;
                    continue;
                }
                int used = FindWords(words, w, position, matches, where);
                for (int i = 0; i < used; i++) position += words[w + i].Length + 1;
                w += used;
            }
        }
        return matches;
    }

    void FindHan(string word, int offset, List<AuthorityMatch> matches, WritingContext? where)
    {
        var names = hanNames.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < word.Length;)
        {
            int found = 0;
            int longest = hanLongestByFirst[word[i]];
            for (int len = Math.Min(longest, word.Length - i); len >= 2 && found == 0; len--)
            {
                if (names.TryGetValue(word.AsSpan(i, len), out var ids)
                    && (len != Analysis.Chinese.ShortWordBoundaries.ShortLength || shortWords?.StandsAlone(word, i, len) != false))
                {
                    foreach (var id in Admitted(word.Substring(i, len), ids, where))
                    {
                        matches.Add(new AuthorityMatch(id, offset + i, len));
                        found = len;
                    }
                }
            }
            i += found > 0 ? found : 1;
        }
    }

    /// <summary>The longest run of words from <paramref name="start"/> that is a name; returns words consumed (at least 1).</summary>
    int FindWords(string[] words, int start, int offset, List<AuthorityMatch> matches, WritingContext? where)
    {
        var names = wordNames.GetAlternateLookup<ReadOnlySpan<char>>();
        var prefixes = namePrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        // Runs of words are joined in this buffer, not as new strings, one word after another: the run
        // of n words is the buffer up to ends[n - 1]. Most runs that begin with a name's first word
        // (national, library…) are no name, and joining each into a string made most of the filing's garbage.
        Span<char> joined = stackalloc char[JoinedLength];
        Span<int> ends = stackalloc int[JoinedLength / 2 + 1]; // a word and a space take two characters at least
        // The longest run that may be a name: each word added to one that begins a name. (Trying every
        // run up to the longest name's words after each first word, "the" among them, made filing
        // 125 µs a record where this takes 117, over 20,000 generated records.)
        int longest = 0, length = 0;
        while (start + longest < words.Length)
        {
            var word = words[start + longest];
            int space = longest > 0 ? 1 : 0;
            if (length + space + word.Length > JoinedLength) break; // longer than any name
            if (space > 0) joined[length++] = ' ';
            word.CopyTo(joined[length..]);
            length += word.Length;
            ends[longest++] = length;
            if (!prefixes.Contains(joined[..length])) break;
        }
        for (int n = longest; n >= 1; n--)
        {
            if (names.TryGetValue(joined[..ends[n - 1]], out var name, out var ids) && Admitted(name, ids, where).ToList() is { Count: > 0 } admitted)
            {
                foreach (var id in admitted) matches.Add(new AuthorityMatch(id, offset, name.Length));
                return n;
            }
        }
        return 1;
    }

    /// <summary>The longest run of words looked up; a name's key is far shorter.</summary>
    const int JoinedLength = 256;
}

/// <summary>
/// A key text's words, and which contain Han characters, split once for every matcher: filing asks
/// the institution, person and topic matchers in turn about the same title and body, and splitting a
/// body three times cost as much as matching it.
/// </summary>
internal static class KeyWords
{
    // The last two keys split on this thread: filing alternates between a record's title and body.
    [ThreadStatic] static Split? last, before;

    sealed record Split(string Key, string[] Words, bool[] Han);

    public static (string[] Words, bool[] Han) Of(string key)
    {
        if (last is { } l && ReferenceEquals(l.Key, key)) return (l.Words, l.Han);
        if (before is { } b && ReferenceEquals(b.Key, key)) return (b.Words, b.Han);
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var han = new bool[words.Length];
        for (int i = 0; i < words.Length; i++) han[i] = NameKey.HasHan(words[i]);
        (before, last) = (last, new Split(key, words, han));
        return (words, han);
    }
}
