using System.Text;
using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Analysis.Common;
using ArchivePortal.Core.Analysis.English;
using ArchivePortal.Core.Authorities;
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
internal sealed class FtsQueryCompiler(ArchiveAnalyzer analyzer, AuthorityRegistry authorities)
{
    /// <summary>Longest run of query words tried as one authority name (Thư viện Quốc gia Việt Nam is six).</summary>
    const int MaxNameWords = 8;

    static readonly string[] ExpandedKinds = [AuthorityKinds.Person, AuthorityKinds.Institution];

    static readonly TextStream[] Streams =
        [TextStream.English, TextStream.VietnameseExact, TextStream.VietnameseFolded, TextStream.ChineseWords, TextStream.ChineseBigrams];

    static readonly TextStream[] AlphabeticStreams =
        [TextStream.English, TextStream.VietnameseExact, TextStream.VietnameseFolded];

    public CompiledQuery Compile(ParsedQuery query)
    {
        var terms = new QueryTerms();
        var messages = new List<SearchNote>();
        if (query.Text is null) return new CompiledQuery { Terms = terms, Messages = messages };
        return query.IsExplicitBoolean ? CompileBoolean(query.Text, terms, messages) : CompilePlain(query.Text, terms, messages);
    }

    CompiledQuery CompilePlain(QueryNode node, QueryTerms terms, List<SearchNote> messages)
    {
        var leaves = node is AndNode and ? and.Children : [node];
        var units = new List<(string Exact, string Expanded)>();
        var bonus = new List<string>();
        var run = new List<string>(); // consecutive alphabetic words, for the phrase bonus
        bool cut = false;
        for (int i = 0; i < leaves.Count; i++)
        {
            // Coverage is counted in one bit per word; so long a query is a pasted text, and its first
            // words say enough. The rest are not searched at all (no phrase bonus, no highlight).
            if (units.Count >= Ranking.MatchPlan.MaxUnits && units.Distinct().Count() >= Ranking.MatchPlan.MaxUnits)
            {
                cut = true;
                break;
            }
            switch (leaves[i])
            {
                case PhraseNode p:
                    FlushRun(run, bonus);
                    if (Unit(p.Text, p.TitleOnly, terms) is { } pu) units.Add(Expand(pu, p.Text, p.TitleOnly, terms));
                    break;
                case TermNode t when !t.TitleOnly && !t.Text.Any(TextFolding.IsHan) && LongestName(leaves, i) is { Words: > 1 } name:
                    // A name of several words ("Rao Quan", "National Library of China") is one unit: the
                    // name as a phrase, or any other name of the same authority.
                    var text = string.Join(' ', leaves.Skip(i).Take(name.Words).Cast<TermNode>().Select(x => x.Text));
                    run.AddRange(text.Split(' '));
                    if (Unit(text, false, terms) is { } nu) units.Add((nu, WithNames(nu, name.Authority, text, false, terms)));
                    i += name.Words - 1;
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
        if (cut || units.Count > Ranking.MatchPlan.MaxUnits) // the last word may have made several units
        {
            messages.Add(SearchNotes.WordsCut(Ranking.MatchPlan.MaxUnits));
            units = units.Take(Ranking.MatchPlan.MaxUnits).ToList();
        }
        bool expanded = units.Any(u => u.Exact != u.Expanded);
        var match = string.Join(" OR ", units.Select(u => u.Expanded).Concat(bonus).Select(Paren));
        if (units.Count == 2 && !expanded)
        {
            // Both words are required anyway: let FTS5 intersect them instead of scoring every record
            // with either word and counting coverage afterwards. Falls back to either word when none has both.
            var both = string.Join(" AND ", units.Select(u => Paren(u.Expanded)));
            return new CompiledQuery
            {
                Match = bonus.Count == 0 ? both : Paren(both) + " OR " + string.Join(" OR ", bonus.Select(Paren)),
                Relaxed = match,
                Terms = terms,
                Messages = messages,
            };
        }
        return new CompiledQuery
        {
            Match = match,
            IsDisjunction = true,
            Units = units.Count > 1 || expanded ? units.Select(u => u.Expanded).ToList() : [],
            ExactUnits = units.Count > 1 || expanded ? units.Select(u => u.Exact).ToList() : [],
            MinimumMatch = MinimumMatch(units.Count),
            Terms = terms,
            Messages = messages,
        };
    }

    /// <summary>The longest run of plain words from <paramref name="start"/> that names a person or institution.</summary>
    (Authority Authority, int Words)? LongestName(IReadOnlyList<QueryNode> leaves, int start)
    {
        int available = 0;
        while (start + available < leaves.Count && available < MaxNameWords
               && leaves[start + available] is TermNode { TitleOnly: false } t && !t.Text.Any(TextFolding.IsHan)) available++;
        for (int n = available; n >= 1; n--)
        {
            var text = string.Join(' ', leaves.Skip(start).Take(n).Cast<TermNode>().Select(x => x.Text));
            if (Named(text) is { } authority) return (authority, n);
        }
        return null;
    }

    Authority? Named(string text)
    {
        foreach (var kind in ExpandedKinds)
            if (authorities.Matcher(kind).Lookup(text) is { Count: > 0 } ids)
                return authorities.Get(kind, ids.Order(StringComparer.Ordinal).First());
        return null;
    }

    /// <summary>A unit, widened by the other names of the authority its text names, if any.</summary>
    (string Exact, string Expanded) Expand(string unit, string text, bool titleOnly, QueryTerms terms) =>
        Named(text) is { } authority ? (unit, WithNames(unit, authority, text, titleOnly, terms)) : (unit, unit);

    /// <summary>
    /// The unit OR every other name of the authority. Han names are matched as whole words of the
    /// words column (authority names are dictionary words there), so 国家图书馆 does not match
    /// inside 越南国家图书馆 the way a bigram phrase would.
    /// </summary>
    string WithNames(string unit, Authority authority, string typed, bool titleOnly, QueryTerms terms)
    {
        var typedKey = authorities.Keys.Of(typed);
        var clauses = new List<string> { unit };
        foreach (var name in authorities.MatchNames(authority).Distinct())
        {
            if (authorities.Keys.Of(name) == typedKey) continue;
            string? clause;
            if (name.All(TextFolding.IsHan))
            {
                var tokens = analyzer.AnalyzeQueryText(TextStream.ChineseWords, name);
                foreach (var t in tokens) terms.Add(TextStream.ChineseWords, t.Text);
                clause = StreamClause(TextStream.ChineseWords, tokens, titleOnly);
            }
            else clause = Unit(name, titleOnly, terms);
            if (clause is not null) clauses.Add(clause);
        }
        return string.Join(" OR ", clauses.Distinct().Select(Paren));
    }

    /// <summary>All of one or two words, then three quarters rounded up: 3 of 3, 3 of 4, 4 of 5, 6 of 8.</summary>
    internal static int MinimumMatch(int units) => units <= 2 ? units : (int)Math.Ceiling(units * 0.75);

    void FlushRun(List<string> run, List<string> bonus)
    {
        if (run.Count >= 2)
        {
            var text = string.Join(' ', run);
            var perStream = AlphabeticStreams.Select(s => (s, analyzer.AnalyzeQueryText(s, text)))
                .Where(x => x.Item2.Count >= 2); // a one-token "phrase" is the word again
            bonus.AddRange(SharedClauses(perStream, titleOnly: false));
        }
        run.Clear();
    }

    CompiledQuery CompileBoolean(QueryNode node, QueryTerms terms, List<SearchNote> messages)
    {
        var (positive, negative) = Boolean(node, terms, messages);
        if (positive is null && negative is null) return Nothing(terms, messages);
        return new CompiledQuery { Match = positive, Exclude = positive is null ? negative : null, Terms = terms, Messages = messages };
    }

    /// <summary>Returns the expression for what the node includes, and for a lone negation what it excludes.</summary>
    (string? Positive, string? Negative) Boolean(QueryNode node, QueryTerms terms, List<SearchNote> messages)
    {
        switch (node)
        {
            case TermNode t:
            {
                var (units, _) = WordUnits(t.Text, t.TitleOnly, terms, skipStopWords: false);
                return (units.Count == 0 ? null : string.Join(" AND ", units.Select(u => Paren(u.Expanded))), null);
            }
            case PhraseNode p:
                return (Unit(p.Text, p.TitleOnly, terms), null);
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
                    messages.Add(SearchNotes.OrNotLeftOut());
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
    (List<(string Exact, string Expanded)> Units, List<string> Bonus) WordUnits(string word, bool titleOnly, QueryTerms terms, bool skipStopWords)
    {
        var units = new List<(string, string)>();
        var bonus = new List<string>();
        foreach (var (text, isHan) in ScriptRuns(word))
        {
            if (!isHan)
            {
                if (skipStopWords && EnglishStopWords.Contains(text.ToLowerInvariant())) continue;
                if (Unit(text, titleOnly, terms) is { } u) units.Add(Expand(u, text, titleOnly, terms));
                continue;
            }
            var words = SingleCharactersJoined(analyzer.AnalyzeQueryText(TextStream.ChineseWords, text));
            foreach (var w in words)
                if (Unit(w, titleOnly, terms) is { } u) units.Add(Expand(u, w, titleOnly, terms));
            if (words.Count > 1 && text.Length > 2) // the run as a whole, when it is several words
            {
                var whole = StreamClause(TextStream.ChineseBigrams, analyzer.AnalyzeQueryText(TextStream.ChineseBigrams, text), titleOnly);
                if (whole is not null) bonus.Add(whole);
            }
        }
        return (units, bonus);
    }

    /// <summary>
    /// The segmenter's words of a Han run, each single character joined to its neighbour (图书|馆 is
    /// one word, 图书馆): alone, 馆 is in nearly every record (档案馆, 博物馆), so as a word of its own
    /// it would count as found where the visitor's word is not, and make FTS5 read most of the archive.
    /// </summary>
    internal static List<string> SingleCharactersJoined(IReadOnlyList<Token> words)
    {
        var joined = new List<string>();
        foreach (var w in words)
        {
            bool single = w.Text.Length == 1;
            if (joined.Count > 0 && single && joined[^1].Length > 1) joined[^1] += w.Text;
            // A first single character joins the word after it (省|图书馆).
            else if (joined is [{ Length: 1 } first] && !single) joined[0] = first + w.Text;
            else joined.Add(w.Text);
        }
        // Characters that are all single (我|的|书) stay apart, as words of their own: joined, a
        // sentence of them would have to be found exactly as typed.
        return joined;
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

    /// <summary>
    /// One text in every stream: the OR of each stream's tokens as a phrase in that stream's columns
    /// (tokens from one typed word or one quotation belong together). Streams that give the same
    /// tokens (Latin text in the Vietnamese and Chinese streams) share one phrase over all their
    /// columns, so FTS5 reads each token's list once; ranking still scores each stream apart.
    /// </summary>
    string? Unit(string text, bool titleOnly, QueryTerms terms)
    {
        var perStream = new List<(TextStream, List<Token>)>();
        foreach (var stream in Streams)
        {
            var tokens = analyzer.AnalyzeQueryText(stream, text);
            foreach (var t in tokens) terms.Add(stream, t.Text);
            perStream.Add((stream, tokens));
        }
        var clauses = SharedClauses(perStream, titleOnly);
        return clauses.Count switch { 0 => null, 1 => clauses[0], _ => string.Join(" OR ", clauses.Select(Paren)) };
    }

    /// <summary>Each distinct token sequence once, as a phrase over the columns of every stream that gave it.</summary>
    static List<string> SharedClauses(IEnumerable<(TextStream Stream, List<Token> Tokens)> perStream, bool titleOnly)
    {
        var phrases = new List<(string Tokens, List<TextStream> Streams)>();
        foreach (var (stream, tokens) in perStream)
        {
            if (tokens.Count == 0) continue;
            var phrase = PhraseText(tokens);
            var same = phrases.FindIndex(p => p.Tokens == phrase);
            if (same >= 0) phrases[same].Streams.Add(stream);
            else phrases.Add((phrase, [stream]));
        }
        return phrases.Select(p => FtsColumns.Filter(p.Streams, titleOnly) + " : \"" + p.Tokens + "\"").ToList();
    }

    static string? StreamClause(TextStream stream, List<Token> tokens, bool titleOnly)
    {
        if (tokens.Count == 0) return null;
        return FtsColumns.Filter(stream, titleOnly) + " : \"" + PhraseText(tokens) + "\"";
    }

    /// <summary>The tokens as the inside of an FTS5 string: space-separated, quotes doubled.</summary>
    static string PhraseText(List<Token> tokens) => string.Join(' ', tokens.Select(t => t.Text.Replace("\"", "\"\"")));

    static string Paren(string s) => "(" + s + ")";

    static CompiledQuery Nothing(QueryTerms terms, List<SearchNote> messages)
    {
        messages.Add(SearchNotes.NothingSearchable());
        return new CompiledQuery { Terms = terms, Messages = messages, NothingSearchable = true };
    }

    /// <summary>An expression matching a name as a phrase in any stream (for person: and topic: filters).</summary>
    public string? NamePhrase(string name) => Unit(name, titleOnly: false, new QueryTerms());
}
