using System.Text;
using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Analysis.Common;
using ArchivePortal.Core.Analysis.English;
using ArchivePortal.Core.Querying;
using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Schema;

namespace ArchivePortal.Storage.Search;

/// <summary>
/// Compiles a parsed query to FTS5. Every query word is analyzed with every language's chain and
/// the results are OR-ed, each restricted to its own columns; every token is quoted, so no user
/// text is ever read as FTS5 syntax.
///
/// Plain-word queries (no operators) match like a discovery portal: a record must contain most
/// of the words (all of one or two, three of four …), records with more of them rank first, and
/// the words as a phrase score extra. Explicit AND / OR / NOT queries match exactly as written.
/// </summary>
internal sealed class FtsQueryCompiler(ArchiveAnalyzer analyzer)
{
    static readonly TextStream[] Streams =
        [TextStream.English, TextStream.VietnameseExact, TextStream.VietnameseFolded, TextStream.ChineseWords, TextStream.ChineseBigrams];

    static readonly TextStream[] AlphabeticStreams =
        [TextStream.English, TextStream.VietnameseExact, TextStream.VietnameseFolded];

    public CompiledQuery Compile(ParsedQuery query)
    {
        var terms = new QueryTerms();
        var messages = new List<string>();
        if (query.Text is null) return new CompiledQuery { Terms = terms, Messages = messages };
        return query.IsExplicitBoolean ? CompileBoolean(query.Text, terms, messages) : CompilePlain(query.Text, terms, messages);
    }

    CompiledQuery CompilePlain(QueryNode node, QueryTerms terms, List<string> messages)
    {
        var leaves = node is AndNode and ? and.Children : [node];
        var units = new List<string>();
        var bonus = new List<string>();
        var run = new List<string>(); // consecutive alphabetic words, for the phrase bonus
        foreach (var leaf in leaves)
        {
            switch (leaf)
            {
                case PhraseNode p:
                    FlushRun(run, bonus);
                    if (Unit(p.Text, p.TitleOnly, phrase: true, terms) is { } pu) units.Add(pu);
                    break;
                case TermNode t:
                    var (wordUnits, wordBonus) = WordUnits(t.Text, t.TitleOnly, terms, skipStopWords: true);
                    units.AddRange(wordUnits);
                    bonus.AddRange(wordBonus);
                    if (!t.TitleOnly && !t.Text.Any(TextFolding.IsHan)) run.Add(t.Text);
                    else FlushRun(run, bonus);
                    break;
            }
        }
        FlushRun(run, bonus);
        units = units.Distinct().ToList();
        if (units.Count == 0) return Nothing(terms, messages);
        var match = string.Join(" OR ", units.Concat(bonus).Select(Paren));
        return new CompiledQuery
        {
            Match = match,
            Units = units.Count > 1 ? units : [],
            MinimumMatch = MinimumMatch(units.Count),
            Terms = terms,
            Messages = messages,
        };
    }

    /// <summary>All of one or two words, then three quarters rounded up: 3 of 3, 3 of 4, 4 of 5, 6 of 8.</summary>
    internal static int MinimumMatch(int units) => units <= 2 ? units : (int)Math.Ceiling(units * 0.75);

    void FlushRun(List<string> run, List<string> bonus)
    {
        if (run.Count >= 2)
        {
            var text = string.Join(' ', run);
            var clauses = AlphabeticStreams
                .Select(s => StreamClause(s, analyzer.AnalyzeQueryText(s, text), titleOnly: false))
                .Where(c => c is not null && c.Contains(' ')) // a one-token "phrase" adds nothing
                .Select(c => c!);
            bonus.AddRange(clauses);
        }
        run.Clear();
    }

    CompiledQuery CompileBoolean(QueryNode node, QueryTerms terms, List<string> messages)
    {
        var (positive, negative) = Boolean(node, terms, messages);
        if (positive is null && negative is null) return Nothing(terms, messages);
        return new CompiledQuery { Match = positive, Exclude = positive is null ? negative : null, Terms = terms, Messages = messages };
    }

    /// <summary>Returns the expression for what the node includes, and for a lone negation what it excludes.</summary>
    (string? Positive, string? Negative) Boolean(QueryNode node, QueryTerms terms, List<string> messages)
    {
        switch (node)
        {
            case TermNode t:
            {
                var (units, _) = WordUnits(t.Text, t.TitleOnly, terms, skipStopWords: false);
                return (units.Count == 0 ? null : string.Join(" AND ", units.Select(Paren)), null);
            }
            case PhraseNode p:
                return (Unit(p.Text, p.TitleOnly, phrase: true, terms), null);
            case NotNode n:
            {
                var (inner, _) = Boolean(n.Child, new QueryTerms(), messages);
                return (null, inner);
            }
            case AndNode a:
            {
                var parts = a.Children.Select(c => Boolean(c, terms, messages)).ToList();
                var pos = parts.Select(p => p.Positive).OfType<string>().ToList();
                var neg = parts.Select(p => p.Negative).OfType<string>().ToList();
                if (pos.Count == 0)
                    return (null, neg.Count == 0 ? null : string.Join(" OR ", neg.Select(Paren)));
                var sb = new StringBuilder(string.Join(" AND ", pos.Select(Paren)));
                foreach (var n in neg) sb.Insert(0, '(').Append(") NOT ").Append(Paren(n));
                return (sb.ToString(), null);
            }
            case OrNode o:
            {
                var parts = o.Children.Select(c => Boolean(c, terms, messages)).ToList();
                if (parts.Any(p => p.Negative is not null))
                    messages.Add("“OR NOT …” cannot be searched; the negated part was left out.");
                var pos = parts.Select(p => p.Positive).OfType<string>().ToList();
                return (pos.Count == 0 ? null : string.Join(" OR ", pos.Select(Paren)), null);
            }
            default:
                return (null, null);
        }
    }

    /// <summary>
    /// The units of one typed word. Alphabetic text is one unit (several tokens, as in COVID-19,
    /// make a phrase). A run of Han characters is split into its words, each a unit that matches
    /// the word or, through the bigram column, the same characters however the text was segmented;
    /// the whole run as a bigram phrase is a bonus for records that have it verbatim.
    /// </summary>
    (List<string> Units, List<string> Bonus) WordUnits(string word, bool titleOnly, QueryTerms terms, bool skipStopWords)
    {
        var units = new List<string>();
        var bonus = new List<string>();
        foreach (var (text, isHan) in ScriptRuns(word))
        {
            if (!isHan)
            {
                if (skipStopWords && EnglishStopWords.Contains(text.ToLowerInvariant())) continue;
                if (Unit(text, titleOnly, phrase: true, terms) is { } u) units.Add(u);
                continue;
            }
            var words = analyzer.AnalyzeQueryText(TextStream.ChineseWords, text);
            foreach (var w in words)
                if (Unit(w.Text, titleOnly, phrase: true, terms) is { } u) units.Add(u);
            if (words.Count > 1 && text.Length > 2)
            {
                var whole = StreamClause(TextStream.ChineseBigrams, analyzer.AnalyzeQueryText(TextStream.ChineseBigrams, text), titleOnly);
                if (whole is not null) bonus.Add(whole);
            }
        }
        return (units, bonus);
    }

    static IEnumerable<(string Text, bool IsHan)> ScriptRuns(string word)
    {
        int start = 0;
        for (int i = 1; i <= word.Length; i++)
        {
            if (i < word.Length && TextFolding.IsHan(word[i]) == TextFolding.IsHan(word[start])) continue;
            yield return (word[start..i], TextFolding.IsHan(word[start]));
            start = i;
        }
    }

    /// <summary>One text in every stream: the OR of each stream's tokens as a phrase in that stream's columns.</summary>
    string? Unit(string text, bool titleOnly, bool phrase, QueryTerms terms)
    {
        var clauses = new List<string>();
        foreach (var stream in Streams)
        {
            var tokens = analyzer.AnalyzeQueryText(stream, text);
            if (tokens.Count == 0) continue;
            foreach (var t in tokens) terms.Add(stream, t.Text);
            if (StreamClause(stream, tokens, titleOnly) is { } clause) clauses.Add(clause);
        }
        _ = phrase; // every multi-token unit is a phrase: its tokens came from one typed word or quote
        clauses = clauses.Distinct().ToList();
        return clauses.Count switch { 0 => null, 1 => clauses[0], _ => string.Join(" OR ", clauses.Select(Paren)) };
    }

    static string? StreamClause(TextStream stream, List<Token> tokens, bool titleOnly)
    {
        if (tokens.Count == 0) return null;
        var phrase = string.Join(' ', tokens.Select(t => t.Text.Replace("\"", "\"\"")));
        return FtsColumns.Filter(stream, titleOnly) + " : \"" + phrase + "\"";
    }

    static string Paren(string s) => "(" + s + ")";

    static CompiledQuery Nothing(QueryTerms terms, List<string> messages)
    {
        messages.Add("Nothing in the query can be searched for: type some words.");
        return new CompiledQuery { Terms = terms, Messages = messages, NothingSearchable = true };
    }

    /// <summary>An expression matching a name as a phrase in any stream (for person: and topic: filters).</summary>
    public string? NamePhrase(string name) => Unit(name, titleOnly: false, phrase: true, new QueryTerms());
}
