namespace ArchivePortal.Core.Spelling;

/// <summary>A plain word of a query as typed, where it stands in the query, and whether only spaces part it from the word before.</summary>
public sealed record QueryWord(int Start, string Text, bool FollowsWord)
{
    public int End => Start + Text.Length;
}

/// <summary>
/// The words of a query that spelling help may change: plain words, outside quotes, not after
/// "-" or NOT, not operators and not field:value pairs. It follows <see cref="Querying.QueryLexer"/>'s
/// rules for where a word, a phrase and a field begin and end, so that a correction replaces
/// exactly the word typed and leaves phrases, filters and operators as they were.
/// </summary>
public static class QueryWords
{
    /// <summary>Words past this many are not looked at: a hostile query of thousands of words costs no more than a long one.</summary>
    public const int MaxWords = 32;

    public static List<QueryWord> In(string query)
    {
        var words = new List<QueryWord>();
        if (query.Length > Querying.QueryParser.MaxQueryLength) query = query[..Querying.QueryParser.MaxQueryLength];
        int i = 0;
        bool negateNext = false, afterWord = false;
        while (i < query.Length && words.Count < MaxWords)
        {
            char c = query[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c)) { i++; continue; }
            if (c is '(' or ')') { i++; afterWord = false; continue; }
            if (IsQuote(c)) { SkipPhrase(query, ref i); afterWord = negateNext = false; continue; }
            if (c == '-' && i + 1 < query.Length && !char.IsWhiteSpace(query[i + 1]) && query[i + 1] != '-')
            {
                negateNext = true;
                i++;
                continue;
            }
            int start = i;
            while (i < query.Length && !(char.IsWhiteSpace(query[i]) || char.IsControl(query[i]) || query[i] is '(' or ')' || IsQuote(query[i]))) i++;
            var word = query[start..i];
            if (word is "AND" or "&&" or "OR" or "||") { afterWord = false; continue; }
            if (word is "NOT" or "!") { negateNext = true; afterWord = false; continue; }
            if (word.IndexOf(':') > 0)
            {
                // field:"a phrase" — the phrase belongs to the field.
                if (word.EndsWith(':') && i < query.Length && IsQuote(query[i])) SkipPhrase(query, ref i);
                afterWord = negateNext = false;
                continue;
            }
            if (!negateNext && Trimmed(start, word) is { } plain) words.Add(plain with { FollowsWord = afterWord });
            afterWord = !negateNext;
            negateNext = false;
        }
        return words;
    }

    /// <summary>The word without the punctuation around it ("libary?" is the word libary); null when nothing is left.</summary>
    static QueryWord? Trimmed(int start, string word)
    {
        int from = 0, to = word.Length;
        while (from < to && char.IsPunctuation(word[from])) from++;
        while (to > from && char.IsPunctuation(word[to - 1])) to--;
        return from == to ? null : new QueryWord(start + from, word[from..to], false);
    }

    static bool IsQuote(char c) => c is '"' or '“' or '”';

    static void SkipPhrase(string query, ref int i)
    {
        i++;
        while (i < query.Length && !IsQuote(query[i])) i++;
        if (i < query.Length) i++;
    }
}
