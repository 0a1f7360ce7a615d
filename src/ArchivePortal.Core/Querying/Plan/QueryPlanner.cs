using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Analysis.Common;
using ArchivePortal.Core.Analysis.English;
using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Search;

namespace ArchivePortal.Core.Querying.Plan;

/// <summary>
/// Turns a parsed query into a <see cref="QueryPlan"/>. Every query word is analyzed with every
/// language's chain and the results are OR-ed, each in its own stream's fields.
///
/// Plain-word queries (no operators) match like a discovery portal: a record must contain most
/// of the words (all of one or two, three of four …), records with more of them rank first, and
/// the words standing together rank above the same words apart. Explicit AND / OR / NOT queries
/// match exactly as written.
/// </summary>
public sealed class QueryPlanner(ArchiveAnalyzer analyzer, AuthorityRegistry authorities)
{
    /// <summary>Coverage is counted in one bit per unit: at most this many units are searched.</summary>
    public const int MaxUnits = 64;

    /// <summary>Longest run of query words tried as one authority name (Thư viện Quốc gia Việt Nam is six).</summary>
    const int MaxNameWords = 8;

    static readonly string[] ExpandedKinds = [AuthorityKinds.Person, AuthorityKinds.Institution];

    static readonly TextStream[] Streams =
        [TextStream.English, TextStream.VietnameseExact, TextStream.VietnameseFolded, TextStream.ChineseWords, TextStream.ChineseBigrams];

    static readonly TextStream[] VietnameseStreams = [TextStream.VietnameseExact, TextStream.VietnameseFolded];

    static readonly TextStream[] AlphabeticStreams =
        [TextStream.English, TextStream.VietnameseExact, TextStream.VietnameseFolded];

    /// <summary>A unit with and without the other names of the authority it names.</summary>
    readonly record struct Unit(PlanNode Exact, PlanNode Expanded);

    public QueryPlan Plan(ParsedQuery query)
    {
        var terms = new QueryTerms();
        var messages = new List<SearchNote>();
        if (query.Text is null) return new QueryPlan { Terms = terms, Messages = messages };
        var budget = new PlanBudget();
        var plan = query.IsExplicitBoolean ? PlanBoolean(query.Text, terms, messages, budget) : PlanPlain(query.Text, terms, messages, budget);
        if (budget.WordsCut) messages.Add(SearchNotes.WordsCut(PlanBudget.MaxLeaves));
        if (budget.NamesCut) messages.Add(SearchNotes.NamesCut(PlanBudget.MaxNames));
        return plan;
    }

    QueryPlan PlanPlain(QueryNode node, QueryTerms terms, List<SearchNote> messages, PlanBudget budget)
    {
        var leaves = node is AndNode and ? and.Children : [node];
        var units = new List<Unit>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var bonus = new List<PlanNode>();
        var together = new List<PlanNode>();
        var run = new List<string>(); // consecutive alphabetic words, for the phrase bonus
        bool cut = false;
        for (int i = 0; i < leaves.Count; i++)
        {
            // So long a query is a pasted text, and its first words say enough. The rest are not
            // searched at all (no phrase bonus, no highlight).
            if (units.Count >= MaxUnits)
            {
                cut = true;
                break;
            }
            switch (leaves[i])
            {
                case PhraseNode p:
                    FlushRun(run, bonus, together, terms);
                    var phraseMark = terms.Mark();
                    if (TextUnit(p.Text, p.TitleOnly, terms, singlesHighlighted: true) is { } pu) Add(units, seen, Expand(pu, p.Text, p.TitleOnly, terms, budget, phraseMark));
                    break;
                case TermNode t when !t.TitleOnly && !t.Text.Any(TextFolding.IsHan) && LongestName(leaves, i) is { Words: > 1 } name:
                    // A name of several words ("Rao Quan", "National Library of China") is one unit: the
                    // name as a phrase, or any other name of the same authority.
                    var text = string.Join(' ', leaves.Skip(i).Take(name.Words).Cast<TermNode>().Select(x => x.Text));
                    run.AddRange(text.Split(' '));
                    var nameMark = terms.Mark();
                    if (TextUnit(text, false, terms, singlesHighlighted: false) is { } nu) Add(units, seen, new Unit(nu, WithNames(nu, name.Authority, text, false, terms, budget, nameMark)));
                    i += name.Words - 1;
                    break;
                case TermNode t:
                    // A word beside another run word is highlighted only as part of their pairs.
                    bool inRun = IsRunWord(leaves, i) && (IsRunWord(leaves, i - 1) || IsRunWord(leaves, i + 1));
                    var (wordUnits, wordBonus) = WordUnits(t.Text, t.TitleOnly, terms, skipStopWords: true, singlesHighlighted: !inRun, budget);
                    foreach (var u in wordUnits) Add(units, seen, u);
                    bonus.AddRange(wordBonus);
                    if (IsRunWord(leaves, i)) run.Add(t.Text);
                    else FlushRun(run, bonus, together, terms);
                    break;
            }
        }
        FlushRun(run, bonus, together, terms);
        if (units.Count == 0) return Nothing(terms, messages);
        if (cut || units.Count > MaxUnits) // the last word may have made several units
        {
            messages.Add(SearchNotes.WordsCut(MaxUnits));
            units = units.Take(MaxUnits).ToList();
        }
        // Every plain query counts its units, one word too: the window search sums a word's fields
        // faster than Lucene's scorer for "any of" (8% on the bench's one-word queries).
        return new QueryPlan
        {
            Match = new AnyNode([.. units.Select(u => u.Expanded), .. bonus]),
            Units = units.Select(u => u.Expanded).ToList(),
            ExactUnits = units.Select(u => u.Exact).ToList(),
            Bonus = bonus,
            Together = together,
            MinimumMatch = MinimumMatch(units.Count),
            Terms = terms,
            Messages = messages,
        };
    }

    static void Add(List<Unit> units, HashSet<string> seen, Unit unit)
    {
        if (seen.Add(PlanKeys.Of(unit.Expanded))) units.Add(unit);
    }

    static bool IsRunWord(IReadOnlyList<QueryNode> leaves, int i) =>
        i >= 0 && i < leaves.Count && leaves[i] is TermNode { TitleOnly: false } t && !t.Text.Any(TextFolding.IsHan);

    /// <summary>The longest run of plain words from <paramref name="start"/> that names a person or institution.</summary>
    (Authority Authority, int Words)? LongestName(IReadOnlyList<QueryNode> leaves, int start)
    {
        int available = 0;
        while (available < MaxNameWords && IsRunWord(leaves, start + available)) available++;
        for (int n = available; n >= 1; n--)
        {
            var text = string.Join(' ', leaves.Skip(start).Take(n).Cast<TermNode>().Select(x => x.Text));
            if (Named(text) is { } authority) return (authority, n);
        }
        return null;
    }

    /// <summary>The person or institution <paramref name="text"/> names where it was written (國圖 typed in Traditional script is Taiwan's).</summary>
    /// <param name="text">A word or name as typed, or as the analyzer gave it.</param>
    /// <param name="where">Where the text was written, when <paramref name="text"/> is already folded (the analyzer's words are Simplified).</param>
    Authority? Named(string text, WritingContext? where = null)
    {
        where ??= authorities.ContextOf(text);
        foreach (var kind in ExpandedKinds)
            if (authorities.Matcher(kind).Lookup(text, where) is { Count: > 0 } ids)
                return authorities.Get(kind, ids.Order(StringComparer.Ordinal).First());
        return null;
    }

    /// <summary>A unit, widened by the other names of the authority its text names, if any.</summary>
    // mark: where the unit's own terms begin in terms (QueryTerms.Mark).
    Unit Expand(PlanNode unit, string text, bool titleOnly, QueryTerms terms, PlanBudget budget, int mark) =>
        Named(text) is { } authority ? new Unit(unit, WithNames(unit, authority, text, titleOnly, terms, budget, mark)) : new Unit(unit, unit);

    /// <summary>
    /// The unit OR every other name of the authority. Han names are matched as whole words of the
    /// words stream (authority names are dictionary words there), so 国家图书馆 does not match
    /// inside 越南国家图书馆 the way a bigram phrase would.
    /// </summary>
    // mark: where the unit's own terms begin in terms; they and the other names' terms stand for one word of the query.
    PlanNode WithNames(PlanNode unit, Authority authority, string typed, bool titleOnly, QueryTerms terms, PlanBudget budget, int mark)
    {
        var typedKey = authorities.Keys.Of(typed);
        var matcher = authorities.Matcher(authority.Kind);
        var clauses = new List<PlanNode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // A name another authority bears elsewhere (国图 is also Taiwan's 國圖 once folded) would find
        // that one's records too: the records filed under this one, or naming it, stand for it.
        // Only an institution has that stand-in: any other authority keeps the name as typed.
        bool filedStandsIn = authority.Kind == AuthorityKinds.Institution;
        bool searchesTyped = !filedStandsIn || !matcher.IsScoped(typed);
        if (searchesTyped && seen.Add(PlanKeys.Of(unit))) clauses.Add(unit);
        if (filedStandsIn) clauses.Add(new AuthorityNode(authority.Kind, authority.Id));
        var names = authorities.MatchNames(authority).Distinct().Where(n => authorities.Keys.Of(n) != typedKey && !matcher.IsScoped(n)).ToList();
        var lettered = names.Append(searchesTyped ? typed : null).OfType<string>().Where(n => !n.Any(TextFolding.IsHan)).Select(LowerWords).ToList();
        foreach (var name in names)
        {
            if (ContainsAnother(name, lettered)) continue;
            if (!budget.TakeName()) break;
            PlanNode? clause;
            if (name.All(TextFolding.IsHan))
            {
                var tokens = analyzer.AnalyzeQueryText(TextStream.ChineseWords, name);
                foreach (var t in tokens) terms.Add(TextStream.ChineseWords, t.Text);
                clause = StreamPhrase(TextStream.ChineseWords, tokens, titleOnly);
            }
            else clause = TextUnit(name, titleOnly, terms, singlesHighlighted: false);
            if (clause is not null && seen.Add(PlanKeys.Of(clause))) clauses.Add(clause);
        }
        // A passage that names the authority by any of these names has this word of the query.
        terms.JoinSince(mark);
        return clauses switch
        {
            [] => unit,
            [var only] when ReferenceEquals(only, unit) => unit,
            [var only] => only,
            _ => new AnyNode(clauses),
        };
    }

    /// <summary>
    /// True when <paramref name="name"/>, written in letters, has a shorter one of
    /// <paramref name="lettered"/> (the names in letters and the text as typed, when it is searched;
    /// as <see cref="LowerWords"/>) among its words: "National Library of China (NLC)" finds no
    /// record that "National Library of China" does not, and reading its phrase again took 3 of the
    /// 28 ms of "nlc" on 200,000 records. Han names are whole words of the words stream, where
    /// 中国国家图书馆 is not 国家图书馆: they are all kept.
    /// </summary>
    static bool ContainsAnother(string name, List<string> lettered)
    {
        if (name.Any(TextFolding.IsHan)) return false;
        var words = LowerWords(name);
        return lettered.Any(other => other.Length > 0 && other.Length < words.Length && $" {words} ".Contains($" {other} ", StringComparison.Ordinal));
    }

    /// <summary>A name's words, lower-cased, between single spaces: punctuation apart.</summary>
    static string LowerWords(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>
    /// All of one or two words, then all but one up to seven, then three quarters rounded up: 2 of 3,
    /// 3 of 4, 4 of 5, 6 of 8. A record that leaves out one word of three ("preserving ancient
    /// documents" against one about preserved documents) is still found; records with every word
    /// rank above it, because coverage orders before score.
    /// </summary>
    public static int MinimumMatch(int units) => units <= 2 ? units : Math.Min(units - 1, (int)Math.Ceiling(units * 0.75));

    void FlushRun(List<string> run, List<PlanNode> bonus, List<PlanNode> together, QueryTerms terms)
    {
        for (int k = 0; k + 1 < run.Count; k++)
        {
            // Each two adjacent syllables, as a Vietnamese word (a pair term where the analyzer makes pairs).
            var pair = run[k] + " " + run[k + 1];
            var perStream = VietnameseStreams.Select(s => (s, analyzer.AnalyzeQueryText(s, pair)))
                .Where(x => Positional(x.Item2).Count == 2).ToList();
            foreach (var node in SharedPhrases(perStream, titleOnly: false))
                if (!together.Any(t => PlanKeys.Of(t) == PlanKeys.Of(node))) together.Add(node);
        }
        if (run.Count >= 2)
        {
            var text = string.Join(' ', run);
            var perStream = AlphabeticStreams.Select(s => (s, analyzer.AnalyzeQueryText(s, text)))
                .Where(x => Positional(x.Item2).Count >= 2).ToList(); // a one-token "phrase" is the word again
            AddVietnamesePairs(text, perStream, terms);
            // The words as a phrase, for English. Vietnamese words standing together are told by
            // their pairs (together, above), which rank before the score; a phrase of all of them
            // added the pairs' scores again, read where every pair is: 3 of the 20 ms of "công tác
            // số hóa" (200,000 records), with the same eval.
            bonus.AddRange(SharedPhrases(perStream.Where(x => !IsVietnamese(x.s)), titleOnly: false));
        }
        run.Clear();
    }

    QueryPlan PlanBoolean(QueryNode node, QueryTerms terms, List<SearchNote> messages, PlanBudget budget)
    {
        var (positive, negative) = Boolean(node, terms, messages, budget);
        if (positive is null && negative is null) return Nothing(terms, messages);
        return new QueryPlan { Match = positive, Exclude = positive is null ? negative : null, Terms = terms, Messages = messages };
    }

    /// <summary>Returns what the node includes, and for a lone negation what it excludes.</summary>
    (PlanNode? Positive, PlanNode? Negative) Boolean(QueryNode node, QueryTerms terms, List<SearchNote> messages, PlanBudget budget)
    {
        switch (node)
        {
            case TermNode or PhraseNode when !budget.TakeLeaf():
                return (null, null);
            case TermNode t:
            {
                var (units, _) = WordUnits(t.Text, t.TitleOnly, terms, skipStopWords: false, singlesHighlighted: true, budget);
                return (units.Count switch { 0 => null, 1 => units[0].Expanded, _ => new AllNode(units.Select(u => u.Expanded).ToList(), []) }, null);
            }
            case PhraseNode p:
                return (TextUnit(p.Text, p.TitleOnly, terms, singlesHighlighted: true), null);
            case NotNode n:
            {
                var (inner, _) = Boolean(n.Child, new QueryTerms(), messages, budget);
                return (null, inner);
            }
            case AndNode a:
            {
                var parts = a.Children.Select(c => Boolean(c, terms, messages, budget)).ToList();
                var pos = parts.Select(p => p.Positive).OfType<PlanNode>().ToList();
                var neg = parts.Select(p => p.Negative).OfType<PlanNode>().ToList();
                if (pos.Count == 0)
                    return (null, neg.Count switch { 0 => null, 1 => neg[0], _ => new AnyNode(neg) });
                return (new AllNode(pos, neg), null);
            }
            case OrNode o:
            {
                var parts = o.Children.Select(c => Boolean(c, terms, messages, budget)).ToList();
                if (parts.Any(p => p.Negative is not null))
                    messages.Add(SearchNotes.OrNotLeftOut());
                var pos = parts.Select(p => p.Positive).OfType<PlanNode>().ToList();
                return (pos.Count switch { 0 => null, 1 => pos[0], _ => new AnyNode(pos) }, null);
            }
            default:
                return (null, null);
        }
    }

    /// <summary>
    /// The units of one typed word. Alphabetic text is one unit (several tokens, as in COVID-19,
    /// make a phrase). A run of Han characters is split into its words, each a unit that matches
    /// the word or, through the bigram stream, the same characters however the text was segmented;
    /// the whole run as a bigram phrase is a bonus for records that have it verbatim.
    /// </summary>
    (List<Unit> Units, List<PlanNode> Bonus) WordUnits(string word, bool titleOnly, QueryTerms terms, bool skipStopWords, bool singlesHighlighted, PlanBudget budget)
    {
        var units = new List<Unit>();
        var bonus = new List<PlanNode>();
        foreach (var (text, isHan) in ScriptRuns(word))
        {
            if (!isHan)
            {
                if (skipStopWords && EnglishStopWords.Contains(text.ToLowerInvariant())) continue;
                var mark = terms.Mark();
                if (TextUnit(text, titleOnly, terms, singlesHighlighted) is { } u) units.Add(Expand(u, text, titleOnly, terms, budget, mark));
                continue;
            }
            var words = SingleCharactersJoined(analyzer.AnalyzeQueryText(TextStream.ChineseWords, text));
            var where = authorities.ContextOf(text); // the words are folded to Simplified: the typed run tells the script
            foreach (var w in words)
            {
                var named = Named(w, where);
                // An institution's name (国图, 上图) is a word: its characters inside another word (全国图书馆) are not it.
                var wordMark = terms.Mark();
                var u = named?.Kind == AuthorityKinds.Institution ? WordUnit(w, titleOnly, terms) : TextUnit(w, titleOnly, terms, singlesHighlighted: true, chineseWord: true);
                if (u is not null) units.Add(named is null ? new Unit(u, u) : new Unit(u, WithNames(u, named, w, titleOnly, terms, budget, wordMark)));
            }
            // A run of several words ranks higher where its words stand together: also two
            // characters the segmenter cut apart (疫|情, 馆|藏). They are not made one word: two
            // characters can also stand for two words (省馆 for 省图书馆). Together is told by the
            // bigrams that join the words (共图 in 公共|图书馆): the words' own bigrams are their
            // units' already, and reading all of them again for every match took 3.5 of the 18.5 ms
            // that "会议 公共图书馆" spent finding its matches (200,000 records).
            if (words.Count > 1 && JoiningBigrams(text, words, titleOnly) is { } together) bonus.Add(together);
        }
        return (units, bonus);
    }

    /// <summary>
    /// The segmenter's words of a Han run, each single character joined to its neighbour (图书|馆 is
    /// one word, 图书馆): alone, 馆 is in nearly every record (档案馆, 博物馆), so as a word of its own
    /// it would count as found where the visitor's word is not, and make the search read most of the archive.
    /// </summary>
    public static List<string> SingleCharactersJoined(IReadOnlyList<Token> words)
    {
        var joined = new List<string>();
        foreach (var w in words)
        {
            if (w.PositionIncrement == 0) continue;
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

    /// <summary>The bigrams of a Han run that span a boundary between two of its <paramref name="words"/>, all of them (in any order); null when there are none.</summary>
    PhraseNodePlan? JoiningBigrams(string run, List<string> words, bool titleOnly)
    {
        var joins = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 0; k + 1 < words.Count; k++) joins.Add($"{words[k][^1]}{words[k + 1][0]}");
        var joining = analyzer.AnalyzeQueryText(TextStream.ChineseBigrams, run).Where(t => joins.Contains(t.Text)).ToList();
        return StreamPhrase(TextStream.ChineseBigrams, joining, titleOnly) is { } node ? node with { BigramsInAnyOrder = true } : null;
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
    /// One text in every stream: each stream's tokens as a phrase in that stream's fields (tokens
    /// from one typed word or one quotation belong together); streams that give the same tokens
    /// share one node. <paramref name="singlesHighlighted"/> is false for a word that stands in a
    /// run of words: Vietnamese syllables are then highlighted only as the pairs of the run.
    /// A typed Chinese word (<paramref name="chineseWord"/>) matches the bigram stream where all
    /// its bigrams occur, in any order (<see cref="PhraseNodePlan.BigramsInAnyOrder"/>). Chinese
    /// text the segmenter cuts in several words (图书|馆, a quoted sentence) is found through its
    /// bigrams alone: a phrase of its words finds no record that its bigrams do not (but one with
    /// punctuation between the words, which the text as typed does not have), and reading
    /// where each word stands was most of the time of a search for a frequent word (图书馆 is in
    /// most Chinese records) or a quoted sentence.
    /// </summary>
    PlanNode? TextUnit(string text, bool titleOnly, QueryTerms terms, bool singlesHighlighted, bool chineseWord = false)
    {
        var perStream = new List<(TextStream Stream, List<Token> Tokens)>();
        bool typedWithDiacritics = TextFolding.RemoveDiacritics(text) != text;
        foreach (var stream in Streams)
        {
            var tokens = analyzer.AnalyzeQueryText(stream, text);
            perStream.Add((stream, tokens));
            if (IsVietnamese(stream)) continue;
            foreach (var t in tokens) terms.Add(stream, t.Text);
        }
        foreach (var (stream, tokens) in perStream.Where(x => IsVietnamese(x.Item1)))
        {
            // Typed with diacritics, a Vietnamese word is highlighted only in its exact form.
            if (stream == TextStream.VietnameseFolded && typedWithDiacritics) continue;
            var positional = Positional(tokens);
            if (positional.Count == 1 && singlesHighlighted) terms.Add(stream, positional[0].Text);
        }
        AddVietnamesePairs(text, perStream, terms);
        if (text.Any(TextFolding.IsHan) && perStream.Any(x => x.Stream == TextStream.ChineseBigrams && x.Tokens.Count > 0))
            perStream.RemoveAll(x => x.Stream == TextStream.ChineseWords && Positional(x.Tokens).Count > 1);
        var nodes = SharedPhrases(perStream, titleOnly, bigramsInAnyOrder: chineseWord);
        return nodes.Count switch { 0 => null, 1 => nodes[0], _ => new AnyNode(nodes) };
    }

    /// <summary>A text of several syllables is highlighted where its syllables stand together: its pairs.</summary>
    static void AddVietnamesePairs(string text, IEnumerable<(TextStream Stream, List<Token> Tokens)> perStream, QueryTerms terms)
    {
        bool typedWithDiacritics = TextFolding.RemoveDiacritics(text) != text;
        foreach (var (stream, tokens) in perStream)
        {
            if (!IsVietnamese(stream) || (stream == TextStream.VietnameseFolded && typedWithDiacritics)) continue;
            if (Positional(tokens).Count < 2) continue;
            var pairs = tokens.Where(t => t.PositionIncrement == 0).ToList();
            // An analyzer without pairs: the syllables themselves.
            foreach (var t in pairs.Count > 0 ? pairs : tokens) terms.Add(stream, t.Text);
        }
    }

    static bool IsVietnamese(TextStream s) => s is TextStream.VietnameseExact or TextStream.VietnameseFolded;

    /// <summary>The tokens that take a position of their own (not the pairs stacked on them).</summary>
    static List<Token> Positional(List<Token> tokens) => tokens.Where(t => t.PositionIncrement > 0).ToList();

    /// <summary>
    /// The syllable pairs a Vietnamese stream stacked on a text of several syllables, one between
    /// each two neighbours; null when some neighbours have none (the text has punctuation between
    /// them) or the stream makes no pairs.
    /// </summary>
    static List<string>? Pairs(List<Token> tokens, List<Token> positional)
    {
        if (positional.Count < 2) return null;
        var pairs = tokens.Where(t => t.PositionIncrement == 0 && t.Text.Contains(' ')).Select(t => t.Text).ToList();
        return pairs.Count == positional.Count - 1 ? pairs : null;
    }

    /// <summary>Each distinct token sequence once, as a phrase over the fields of every stream that gave it.</summary>
    static List<PlanNode> SharedPhrases(IEnumerable<(TextStream Stream, List<Token> Tokens)> perStream, bool titleOnly, bool bigramsInAnyOrder = false)
    {
        var phrases = new List<(string Key, List<Token> Tokens, List<string>? Pairs, List<TextStream> Streams)>();
        foreach (var (stream, tokens) in perStream)
        {
            var positional = Positional(tokens);
            if (positional.Count == 0) continue;
            var pairs = Pairs(tokens, positional);
            var key = string.Join('\u0001', positional.Select(t => t.Text)) + "\u0002" + (pairs is null ? "" : string.Join('\u0001', pairs));
            var same = phrases.FindIndex(p => p.Key == key);
            if (same >= 0) phrases[same].Streams.Add(stream);
            else phrases.Add((key, positional, pairs, [stream]));
        }
        return phrases.Select(p => (PlanNode)new PhraseNodePlan(p.Streams, p.Tokens, titleOnly) { Pairs = p.Pairs, BigramsInAnyOrder = bigramsInAnyOrder }).ToList();
    }

    /// <summary>A Chinese word in the words stream alone: not the bigrams, which match it inside other words.</summary>
    PlanNode? WordUnit(string word, bool titleOnly, QueryTerms terms)
    {
        var tokens = analyzer.AnalyzeQueryText(TextStream.ChineseWords, word);
        foreach (var t in tokens) terms.Add(TextStream.ChineseWords, t.Text);
        return StreamPhrase(TextStream.ChineseWords, tokens, titleOnly);
    }

    static PhraseNodePlan? StreamPhrase(TextStream stream, List<Token> tokens, bool titleOnly)
    {
        var positional = Positional(tokens);
        return positional.Count == 0 ? null : new PhraseNodePlan([stream], positional, titleOnly);
    }

    static QueryPlan Nothing(QueryTerms terms, List<SearchNote> messages)
    {
        messages.Add(SearchNotes.NothingSearchable());
        return new QueryPlan { Terms = terms, Messages = messages, NothingSearchable = true };
    }

    /// <summary>A node matching a name as a phrase in any stream (for person: and topic: filters).</summary>
    public PlanNode? NamePhrase(string name) => TextUnit(name, titleOnly: false, new QueryTerms(), singlesHighlighted: false);
}

/// <summary>A text key per plan node, so that equal nodes are searched once.</summary>
public static class PlanKeys
{
    public static string Of(PlanNode node) => node switch
    {
        PhraseNodePlan p => $"{string.Join(',', p.Streams)}{(p.TitleOnly ? "!" : "")}{(p.BigramsInAnyOrder && p.Tokens.Count > 1 ? "~" : "")}:{string.Join(' ', p.Tokens.Select(t => t.Text))}",
        AnyNode a => "(" + string.Join(" | ", a.Children.Select(Of)) + ")",
        AllNode a => "(" + string.Join(" & ", a.Children.Select(Of)) + string.Concat(a.Excluded.Select(e => " -" + Of(e))) + ")",
        AuthorityNode a => $"@{a.Kind}:{a.Id}",
        _ => "?",
    };
}
