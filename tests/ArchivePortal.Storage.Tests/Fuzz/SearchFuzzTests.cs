using ArchivePortal.Core.Querying;
using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Search;
using ArchivePortal.Tests.Fuzzing;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;
using static ArchivePortal.Storage.Tests.TempArchive;

namespace ArchivePortal.Storage.Tests.Fuzz;

/// <summary>
/// Issue 14, the whole search: random and mutated queries and facet filters against a small real
/// archive (SQLite, the Lucene.Net index, the default analyzers, the repository's authorities), as
/// the portal's results page asks: parse, plan, search, facets, snippets. The answer is results and
/// notes with known codes; an exception is a bug.
/// </summary>
public sealed class SearchFuzzTests(ITestOutputHelper output) : IDisposable
{
    static readonly string[] FilterFacets = [FacetNames.Institution, FacetNames.Person, FacetNames.Topic, FacetNames.Language, FacetNames.Type];
    static readonly SearchSort[] Sorts = [SearchSort.Relevance, SearchSort.Newest, SearchSort.Oldest, SearchSort.Recent];

    readonly string dir = Directory.CreateTempSubdirectory("archiveportal-search-fuzz-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void Searches_answer_with_results_and_coded_notes()
    {
        var authorities = Path.Combine(FuzzSeeds.RepositoryRoot().FullName, "content", "authorities");
        using var archive = Archive.Open(Path.Combine(dir, "archive.db"), authoritiesFolder: authorities);
        archive.Store.Upsert(
        [
            Record("en-meeting", "en", "NLC holds its work meeting", "Rao Quan, Director of the NLC, delivered the work report. Digitization of ancient books went on.", "2021-01-28", "National Library of China", "meeting", ["Rao Quan"]),
            Record("en-ningbo", "en", "Ningbo holds archives work meeting", "The city's archives work meeting was chaired by Wang Haijuan.", "2020-05-29", "Ningbo Municipal Archives", "meeting", ["Wang Haijuan"]),
            Record("en-exhibition", "en", "Exhibition of rare books", "An exhibition of rare books opened in the museum. COVID-19 rules applied.", "2019-09-26", "Shanghai Library"),
            Record("vi-conference", "vi", "Hội nghị Tổng kết công tác năm 2022", "Thư viện Quốc gia Việt Nam tổ chức Hội nghị. Bà Trịnh Thị Thủy phát biểu về chuyển đổi số.", "2022-12-26", "Thư viện Quốc gia Việt Nam", "meeting"),
            Record("vi-other", "vi", "Ngày Sách", "Thư viện Hà Nội tổ chức Ngày Sách. Số hóa tài liệu tiếp tục.", "2021-04-21", "Thư viện Hà Nội"),
            Record("zh-simplified", "zh", "国家图书馆召开2021年工作会议", "饶权馆长作报告。古籍保护工作稳步推进，数字化成果显著。", "2021-01-28", "中国国家图书馆", "meeting", ["饶权"]),
            Record("zh-traditional", "zh-Hant", "國家圖書館古籍保護成果展", "香港公共圖書館展出古籍，推廣閱讀。", "2018-04-23", "香港公共圖書館"),
            Record("zh-archives", "zh", "宁波市召开档案工作会议", "施惠芳出席会议并讲话。档案数字化加快推进。", "2021-03-12", "宁波市档案馆", "meeting", ["施惠芳"]),
        ]);
        var corpus = FuzzTokens.Queries.Concat(FuzzSeeds.EvalQueries()).Select(q => q.ToCharArray()).ToList();
        var mutator = Mutator<char>.ForText(FuzzTokens.Query, maxLength: 2 * QueryParser.MaxQueryLength);
        var generate = Fuzzer.Mix(
            Fuzzer.Mutations(corpus, mutator),
            Fuzzer.Mutations(corpus, mutator),
            r => FuzzInputs.RandomTokens(r, FuzzTokens.Query, 40).ToCharArray(),
            r => FuzzInputs.RandomText(r, 120).ToCharArray());

        Fuzzer.Run(output, "search", r => new string(generate(r)), query =>
        {
            // The query as typed, then the same text as a facet filter and a facet's narrowing text (f=…, fq=…).
            var typed = Check(archive.Index.Search(new SearchRequest { Query = query, Sort = Sorts[query.Length % Sorts.Length] }));
            var facet = FilterFacets[query.Length % FilterFacets.Length];
            var value = query.Trim() is { Length: > 0 and <= 200 } v ? v : "x";
            Check(archive.Index.Search(new SearchRequest
            {
                Query = "meeting",
                Filters = [new QueryFilter(facet == FacetNames.Language ? FilterFields.Language : facet, value)],
                ExpandFacet = facet,
                FacetFilter = query.Length > 100 ? query[..100] : query,
            }));
            _ = ((LuceneSearchIndex)archive.Index).MatchingRowIds(new SearchRequest { Query = query }); // what a bulk change applies to
            return typed.Total == 0 ? "no records" : typed.Messages.Count > 0 ? "records, with notes" : "records";
        });
    }

    static SearchResults Check(SearchResults results)
    {
        Assert.InRange(results.Hits.Count, 0, results.Total);
        foreach (var note in results.Messages)
        {
            Assert.True(SearchNotes.English.ContainsKey(note.Code), $"unknown note code '{note.Code}'");
            Assert.False(string.IsNullOrWhiteSpace(note.ToString()));
        }
        return results;
    }
}
