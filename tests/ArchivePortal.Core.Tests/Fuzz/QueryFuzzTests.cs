using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Querying;
using ArchivePortal.Core.Querying.Plan;
using ArchivePortal.Core.Records;
using ArchivePortal.Core.Search;
using ArchivePortal.Tests.Fuzzing;
using Xunit.Abstractions;

namespace ArchivePortal.Core.Tests.Fuzz;

/// <summary>
/// Issue 14: random and mutated queries through what a search does before the index: parse, plan
/// (every language's analysis, the repository's authorities), filters' name phrases, and highlighting.
/// Whatever is typed, the answer is a plan and notes with known codes; an exception is a bug.
/// </summary>
public sealed class QueryFuzzTests(ITestOutputHelper output)
{
    static readonly Lazy<(QueryPlanner Planner, Highlighter Highlighter)> Search = new(() =>
    {
        var analyzer = ArchiveAnalyzer.CreateDefault();
        var authorities = AuthorityFileLoader.LoadFolder(Path.Combine(FuzzSeeds.RepositoryRoot().FullName, "content", "authorities"));
        return (new QueryPlanner(analyzer, new AuthorityRegistry(authorities, null, null)), new Highlighter(analyzer));
    });

    const string Title = "Hội nghị tổng kết công tác thư viện 国家图书馆召开全馆工作会议 Rao Quan meets the Library Society";

    [Fact]
    public void Queries_parse_and_plan_with_coded_notes()
    {
        var corpus = FuzzTokens.Queries.Concat(FuzzSeeds.EvalQueries()).Select(q => q.ToCharArray()).ToList();
        var mutator = Mutator<char>.ForText(FuzzTokens.Query, maxLength: 2 * QueryParser.MaxQueryLength);
        var generate = Fuzzer.Mix(
            Fuzzer.Mutations(corpus, mutator),
            Fuzzer.Mutations(corpus, mutator),
            Fuzzer.Mutations(corpus, mutator),
            r => FuzzInputs.RandomTokens(r, FuzzTokens.Query, 40).ToCharArray(),
            r => FuzzInputs.RandomText(r, 120).ToCharArray());
        _ = Search.Value; // loaded before the clock starts
        Fuzzer.Run(output, "query", r => new string(generate(r)), Run);
    }

    /// <summary>One query as a search handles it before the index; returns what kind of plan it made.</summary>
    internal static string Run(string query)
    {
        var (planner, highlighter) = Search.Value;
        var parsed = QueryParser.Parse(query);
        CheckNotes(parsed.Messages);
        foreach (var filter in parsed.Filters)
        {
            Assert.Contains(filter.Field, FilterFields.All);
            Assert.False(string.IsNullOrWhiteSpace(filter.Value), $"an empty {filter.Field} filter");
            _ = filter.ToString();
            if (filter.Field is FilterFields.Person or FilterFields.Topic or FilterFields.Institution) _ = planner.NamePhrase(filter.Value);
            if (filter.Field == FilterFields.Date) Assert.NotNull(DateRange.Parse(filter.Value));
        }
        var plan = planner.Plan(parsed);
        CheckNotes(plan.Messages);
        Assert.InRange(plan.Units.Count, 0, QueryPlanner.MaxUnits);
        if (plan.Match is { } match) _ = PlanKeys.Of(match);
        foreach (var language in LanguageCodes.All)
        {
            _ = highlighter.MarkAll(Title, language, plan.Terms);
            _ = highlighter.Snippet(query, language, plan.Terms, 200);
        }
        return plan.NothingSearchable ? "nothing searchable"
            : plan.Match is null ? (plan.Exclude is null ? "no text" : "exclusion only")
            : parsed.IsExplicitBoolean ? "boolean" : plan.CountsUnits ? "plain words" : "one word";
    }

    /// <summary>"Every failure is a coded error": each note has a known code and says itself in English.</summary>
    static void CheckNotes(IEnumerable<SearchNote> notes)
    {
        foreach (var note in notes)
        {
            Assert.True(SearchNotes.English.ContainsKey(note.Code), $"unknown note code '{note.Code}'");
            Assert.False(string.IsNullOrWhiteSpace(note.ToString()));
        }
    }
}
