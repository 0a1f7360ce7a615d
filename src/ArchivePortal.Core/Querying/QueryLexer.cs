using System.Text;
using ArchivePortal.Core.Search;

namespace ArchivePortal.Core.Querying;

internal enum LexKind { Word, Phrase, Field, LeftParen, RightParen, And, Or, Not, Minus }

/// <summary>One lexical unit; for <see cref="LexKind.Field"/>, Text is the field and Value its value.</summary>
internal readonly record struct Lexeme(LexKind Kind, string Text, string Value = "", bool ValueIsPhrase = false);

/// <summary>
/// Splits a query into words, "phrases", parentheses, operators and field:value pairs.
/// Anything it does not recognise is a word; an unclosed quote runs to the end of the query.
/// </summary>
internal static class QueryLexer
{
    public static List<Lexeme> Lex(string query, List<SearchNote> messages)
    {
        var result = new List<Lexeme>();
        int i = 0;
        while (i < query.Length)
        {
            char c = query[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c)) { i++; continue; }
            if (c == '(') { result.Add(new(LexKind.LeftParen, "(")); i++; continue; }
            if (c == ')') { result.Add(new(LexKind.RightParen, ")")); i++; continue; }
            if (c is '"' or '“' or '”')
            {
                result.Add(new(LexKind.Phrase, ReadPhrase(query, ref i, messages)));
                continue;
            }
            if (c == '-' && i + 1 < query.Length && !char.IsWhiteSpace(query[i + 1]) && query[i + 1] != '-')
            {
                result.Add(new(LexKind.Minus, "-"));
                i++;
                continue;
            }
            var word = ReadWord(query, ref i);
            NoteWildcard(word, messages);
            result.Add(Classify(word, query, ref i, messages));
        }
        return result;
    }

    static Lexeme Classify(string word, string query, ref int i, List<SearchNote> messages)
    {
        switch (word)
        {
            case "AND" or "&&": return new(LexKind.And, word);
            case "OR" or "||": return new(LexKind.Or, word);
            case "NOT" or "!": return new(LexKind.Not, word);
        }
        int colon = word.IndexOf(':');
        if (colon <= 0) return new(LexKind.Word, word);
        var name = word[..colon];
        var canonical = name.Equals("title", StringComparison.OrdinalIgnoreCase) ? "title" : FilterFields.Canonical(name);
        var value = word[(colon + 1)..];
        if (canonical is null && LooksLikeAField(name, value))
        {
            // body:meeting, author:rao: searched as the words they name rather than as "body meeting".
            messages.Add(SearchNotes.UnknownField(name, value));
            return new(LexKind.Word, value);
        }
        if (canonical is null) return new(LexKind.Word, word);
        if (value.Length == 0 && i < query.Length && query[i] is '"' or '“' or '”')
            return new(LexKind.Field, canonical, ReadPhrase(query, ref i, messages), ValueIsPhrase: true);
        if (value.Length == 0)
        {
            messages.Add(SearchNotes.FieldNeedsValue(name, Example(canonical)));
            return new(LexKind.Word, "");
        }
        return new(LexKind.Field, canonical, value);
    }

    /// <summary>
    /// Truncation (lib*) is not offered: the index keeps stems, not prefixes. Say so, once, rather
    /// than quietly searching for the word "lib".
    /// </summary>
    static void NoteWildcard(string word, List<SearchNote> messages)
    {
        if (!word.Any(c => c is '*' or '?') || !word.Any(char.IsLetterOrDigit)) return;
        var note = SearchNotes.Wildcard();
        if (!messages.Contains(note)) messages.Add(note);
    }

    /// <summary>A name of letters before a value, not a time (10:30) or a web address (http://…).</summary>
    static bool LooksLikeAField(string name, string value) =>
        name.Length is >= 2 and <= 20 && name.All(char.IsAsciiLetter) && value.Length > 0 && !value.StartsWith("//");

    static string Example(string field) => field switch
    {
        "title" => "title:meeting",
        FilterFields.Language => "lang:vi",
        FilterFields.Type => "type:meeting",
        FilterFields.Institution => "institution:\"Shanghai Library\"",
        FilterFields.Person => "person:\"Rao Quan\"",
        FilterFields.Topic => "topic:digitization",
        _ => "date:2021",
    };

    static string ReadWord(string query, ref int i)
    {
        int start = i;
        while (i < query.Length)
        {
            char c = query[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '(' or ')') break;
            // A quote ends the word; after "field:" it opens the field's value (see Classify).
            if (c is '"' or '“' or '”') break;
            i++;
        }
        return query[start..i];
    }

    static string ReadPhrase(string query, ref int i, List<SearchNote> messages)
    {
        i++; // opening quote
        var sb = new StringBuilder();
        while (i < query.Length && query[i] is not ('"' or '“' or '”')) sb.Append(query[i++]);
        if (i < query.Length) i++;
        else messages.Add(SearchNotes.UnclosedQuote());
        return sb.ToString();
    }
}
