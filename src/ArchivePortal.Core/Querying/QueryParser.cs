using ArchivePortal.Core.Search;

namespace ArchivePortal.Core.Querying;

/// <summary>
/// Parses the portal's query language: words, "phrases", AND / OR / NOT, -word, parentheses,
/// title:word, and filters lang: type: institution: person: topic: date: (date:2020,
/// date:2020-05..2021-03). Juxtaposed terms are AND-ed; OR binds looser than AND.
/// Parsing never fails: stray operators and parentheses are dropped with a message, and
/// filters anywhere in the query apply to the whole query (negated ones exclude).
/// </summary>
public static class QueryParser
{
    /// <summary>Queries longer than this are cut: nobody types more, and it bounds the work per query.</summary>
    public const int MaxQueryLength = 1000;

    public static ParsedQuery Parse(string? query)
    {
        var messages = new List<SearchNote>();
        query ??= "";
        if (query.Length > MaxQueryLength)
        {
            query = query[..MaxQueryLength];
            messages.Add(SearchNotes.QueryCut(MaxQueryLength));
        }
        var lexemes = QueryLexer.Lex(query, messages);
        var parser = new Parser(lexemes, messages);
        var text = Simplify(parser.ParseAll());
        if (text is null && parser.Filters.Count == 0 && query.Trim().Length > 0 && messages.Count == 0)
            // "AND", "NOT", "" alone: say why everything is shown rather than seem to have searched.
            messages.Add(SearchNotes.NoWords(query.Trim()));
        return new ParsedQuery
        {
            Text = text,
            Filters = parser.Filters,
            IsExplicitBoolean = parser.SawOperator,
            Messages = messages,
        };
    }

    /// <summary>Flattens nested AND/OR, removes empty nodes and single-child groups.</summary>
    static QueryNode? Simplify(QueryNode? node)
    {
        switch (node)
        {
            case null: return null;
            case TermNode t: return string.IsNullOrWhiteSpace(t.Text) ? null : t;
            case PhraseNode p: return string.IsNullOrWhiteSpace(p.Text) ? null : p;
            case NotNode n: return Simplify(n.Child) is { } c ? new NotNode(c) : null;
            case AndNode a:
            {
                var kids = a.Children.Select(Simplify).OfType<QueryNode>()
                    .SelectMany(k => k is AndNode inner ? inner.Children : [k]).ToList();
                return kids.Count switch { 0 => null, 1 => kids[0], _ => new AndNode(kids) };
            }
            case OrNode o:
            {
                var kids = o.Children.Select(Simplify).OfType<QueryNode>()
                    .SelectMany(k => k is OrNode inner ? inner.Children : [k]).ToList();
                return kids.Count switch { 0 => null, 1 => kids[0], _ => new OrNode(kids) };
            }
            default: return node;
        }
    }

    sealed class Parser(List<Lexeme> lexemes, List<SearchNote> messages)
    {
        const int MaxDepth = 32;
        int pos;
        int depth;
        bool toldDepth;
        bool groupNegated; // inside -( … ) or NOT ( … ): the filters there are negated too

        public List<QueryFilter> Filters { get; } = [];

        public bool SawOperator { get; private set; }

        public QueryNode? ParseAll()
        {
            var parts = new List<QueryNode?>();
            while (pos < lexemes.Count)
            {
                parts.Add(ParseOr());
                if (pos < lexemes.Count && lexemes[pos].Kind == LexKind.RightParen)
                {
                    messages.Add(SearchNotes.StrayParenthesis());
                    pos++;
                }
            }
            var nodes = parts.OfType<QueryNode>().ToList();
            return nodes.Count == 0 ? null : new AndNode(nodes);
        }

        QueryNode? ParseOr()
        {
            var children = new List<QueryNode?> { ParseAnd() };
            while (pos < lexemes.Count && lexemes[pos].Kind == LexKind.Or)
            {
                SawOperator = true;
                pos++;
                children.Add(ParseAnd());
            }
            var nodes = children.OfType<QueryNode>().ToList();
            return nodes.Count == 0 ? null : nodes.Count == 1 ? nodes[0] : new OrNode(nodes);
        }

        QueryNode? ParseAnd()
        {
            var children = new List<QueryNode>();
            while (pos < lexemes.Count)
            {
                var kind = lexemes[pos].Kind;
                if (kind is LexKind.Or or LexKind.RightParen) break;
                if (kind == LexKind.And) { SawOperator = true; pos++; continue; }
                if (ParseUnary(negated: false) is { } node) children.Add(node);
            }
            return children.Count == 0 ? null : children.Count == 1 ? children[0] : new AndNode(children);
        }

        QueryNode? ParseUnary(bool negated)
        {
            if (pos >= lexemes.Count) return null;
            var lex = lexemes[pos];
            if (lex.Kind is LexKind.Not or LexKind.Minus)
            {
                pos++;
                var inner = ParseUnary(!negated);
                if (inner is null) return null; // a negated filter (-type:news) is a filter, not an operator on the words
                SawOperator = true;
                return negated ? inner : new NotNode(inner);
            }
            pos++;
            switch (lex.Kind)
            {
                case LexKind.Word: return new TermNode(lex.Text);
                case LexKind.Phrase: return new PhraseNode(lex.Text);
                case LexKind.Field when lex.Text == "title":
                    return lex.ValueIsPhrase ? new PhraseNode(lex.Value, TitleOnly: true) : new TermNode(lex.Value, TitleOnly: true);
                case LexKind.Field:
                    AddFilter(lex, negated);
                    return null;
                case LexKind.LeftParen when depth >= MaxDepth:
                    if (!toldDepth) messages.Add(SearchNotes.NestedTooDeep());
                    toldDepth = true;
                    return ParseUnary(negated);
                case LexKind.LeftParen:
                    var group = ParseGroup(negated);
                    if (group is not null) SawOperator = true; // a group of filters alone is a filter
                    return group;
                default:
                    return null; // AND/OR in a place where they join nothing
            }
        }

        QueryNode? ParseGroup(bool negated)
        {
            depth++;
            var outerNegated = groupNegated;
            groupNegated ^= negated;
            var inner = ParseOr();
            while (pos < lexemes.Count && lexemes[pos].Kind != LexKind.RightParen)
            {
                // Something the OR level could not take (cannot happen today, but never loop forever).
                var more = ParseOr();
                if (more is not null) inner = inner is null ? more : new AndNode([inner, more]);
                else break;
            }
            if (pos < lexemes.Count && lexemes[pos].Kind == LexKind.RightParen) pos++;
            else messages.Add(SearchNotes.UnclosedParenthesis());
            groupNegated = outerNegated;
            depth--;
            return inner;
        }

        void AddFilter(Lexeme lex, bool negated)
        {
            if (lex.Text == FilterFields.Date && DateRange.Parse(lex.Value) is null)
            {
                messages.Add(SearchNotes.InvalidDate(lex.Value));
                return;
            }
            if (string.IsNullOrWhiteSpace(lex.Value)) return;
            Filters.Add(new QueryFilter(lex.Text, lex.Value.Trim(), negated ^ groupNegated));
        }
    }
}
