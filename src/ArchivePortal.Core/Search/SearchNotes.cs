using System.Globalization;

namespace ArchivePortal.Core.Search;

/// <summary>
/// Every note a search can give, one factory each, and their English texts. An interface
/// translates a note by its code; the English here is what the CLI and the JSON API print.
/// </summary>
public static class SearchNotes
{
    /// <summary>The codes: stable identifiers that interfaces key their translations on. Never reuse one for another meaning.</summary>
    public static class Codes
    {
        public const string QueryCut = "queryCut";
        public const string NoWords = "noWords";
        public const string UnknownField = "unknownField";
        public const string FieldNeedsValue = "fieldNeedsValue";
        public const string Wildcard = "wildcard";
        public const string UnclosedQuote = "unclosedQuote";
        public const string StrayParenthesis = "strayParenthesis";
        public const string NestedTooDeep = "nestedTooDeep";
        public const string UnclosedParenthesis = "unclosedParenthesis";
        public const string InvalidDate = "invalidDate";
        public const string WordsCut = "wordsCut";
        public const string OrNotLeftOut = "orNotLeftOut";
        public const string NothingSearchable = "nothingSearchable";
        public const string SearchFailed = "searchFailed";
        public const string Loosened = "loosened";
        public const string UnknownFilter = "unknownFilter";
        public const string TooLong = "tooLong";
        public const string NamesCut = "namesCut";
    }

    /// <summary>Each code's English text; {0}, {1} … are its arguments in order.</summary>
    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        [Codes.QueryCut] = "The query was cut to its first {0} characters.",
        [Codes.NoWords] = "“{0}” has no words to search for; showing every record.",
        [Codes.UnknownField] = "“{0}:” is not a field (use title, institution, person, topic, lang, type or date); “{1}” was searched as words.",
        [Codes.FieldNeedsValue] = "“{0}:” needs a value, e.g. {1}; it was ignored.",
        [Codes.Wildcard] = "Wildcards (* and ?) are not supported; the word was searched as written without them. Words are found in all their forms: library also finds libraries.",
        [Codes.UnclosedQuote] = "A quotation mark was not closed; the rest of the query was searched as a phrase.",
        [Codes.StrayParenthesis] = "A closing parenthesis had no opening one; it was ignored.",
        [Codes.NestedTooDeep] = "Parentheses nest too deeply; the inner ones were ignored.",
        [Codes.UnclosedParenthesis] = "A parenthesis was not closed; it was closed at the end of the query.",
        [Codes.InvalidDate] = "“{0}” is not a date or range (try date:2020, date:2020-05..2021-03); the filter was ignored.",
        [Codes.WordsCut] = "Only the first {0} words of this query were searched.",
        [Codes.OrNotLeftOut] = "“OR NOT …” cannot be searched; the negated part was left out.",
        [Codes.NothingSearchable] = "Nothing in the query can be searched for: type some words.",
        [Codes.SearchFailed] = "This query could not be searched; try fewer special characters.",
        [Codes.Loosened] = "No record contains all of these words; showing records that contain some of them.",
        [Codes.UnknownFilter] = "Unknown filter {0}: ignored.",
        [Codes.TooLong] = "This search took too long and was stopped; try fewer or more specific words.",
        [Codes.NamesCut] = "The query names many people and institutions; only {0} of their other names were searched.",
    };

    /// <summary>A query longer than <paramref name="max"/> characters was cut.</summary>
    public static SearchNote QueryCut(int max) => Note(Codes.QueryCut, max.ToString(CultureInfo.InvariantCulture));

    /// <summary>The query (“AND”, “NOT”) has nothing to search for, so every record is shown.</summary>
    public static SearchNote NoWords(string query) => Note(Codes.NoWords, query);

    /// <summary><paramref name="name"/>: is not a field; <paramref name="value"/> was searched as words.</summary>
    public static SearchNote UnknownField(string name, string value) => Note(Codes.UnknownField, name, value);

    /// <summary>A field with nothing after its colon; <paramref name="example"/> shows one with a value.</summary>
    public static SearchNote FieldNeedsValue(string name, string example) => Note(Codes.FieldNeedsValue, name, example);

    /// <summary>* and ? were taken out of a word rather than used as truncation.</summary>
    public static SearchNote Wildcard() => Note(Codes.Wildcard);

    /// <summary>A quote ran to the end of the query.</summary>
    public static SearchNote UnclosedQuote() => Note(Codes.UnclosedQuote);

    /// <summary>A ) without its ( was dropped.</summary>
    public static SearchNote StrayParenthesis() => Note(Codes.StrayParenthesis);

    /// <summary>Parentheses past the parser's depth were dropped.</summary>
    public static SearchNote NestedTooDeep() => Note(Codes.NestedTooDeep);

    /// <summary>A ( without its ) was closed at the end.</summary>
    public static SearchNote UnclosedParenthesis() => Note(Codes.UnclosedParenthesis);

    /// <summary>date:<paramref name="value"/> is no date or range, so the filter was dropped.</summary>
    public static SearchNote InvalidDate(string value) => Note(Codes.InvalidDate, value);

    /// <summary>Only the first <paramref name="max"/> words of a long query were searched.</summary>
    public static SearchNote WordsCut(int max) => Note(Codes.WordsCut, max.ToString(CultureInfo.InvariantCulture));

    /// <summary>“a OR NOT b”: the negated part cannot be searched and was left out.</summary>
    public static SearchNote OrNotLeftOut() => Note(Codes.OrNotLeftOut);

    /// <summary>Text was typed but none of it can be searched (only symbols or stop words).</summary>
    public static SearchNote NothingSearchable() => Note(Codes.NothingSearchable);

    /// <summary>The index could not run the query (a bug, but the visitor still gets an answer).</summary>
    public static SearchNote SearchFailed() => Note(Codes.SearchFailed);

    /// <summary>No record had every word, so records with some of them are shown.</summary>
    public static SearchNote Loosened() => Note(Codes.Loosened);

    /// <summary>A filter on a field the index does not know was dropped.</summary>
    public static SearchNote UnknownFilter(string field) => Note(Codes.UnknownFilter, field);

    /// <summary>The search ran past its time limit and was stopped (nothing is shown rather than a guess).</summary>
    public static SearchNote TooLong() => Note(Codes.TooLong);

    /// <summary>Only so many other names of the authorities a query names were searched.</summary>
    public static SearchNote NamesCut(int max) => Note(Codes.NamesCut, max.ToString(CultureInfo.InvariantCulture));

    static SearchNote Note(string code, params string[] args) => new(code, args);
}
