using ArchivePortal.Core.Search;
using ArchivePortal.Ingest;
using ArchivePortal.Storage;

namespace ArchivePortal.Cli.Tests;

/// <summary>The five seed documents in content/seeds, imported the way a fresh clone imports them (content/ adds a Chinese rendering of one).</summary>
public sealed class SeedArchive : IDisposable
{
    readonly TempDirectory dir = new();

    public Archive Archive { get; }

    public ImportReport Report { get; }

    public SeedArchive()
    {
        Archive = Archive.Open(dir.File("seeds.db"), authoritiesFolder: Path.Combine(RepositoryPaths.Content, "authorities"));
        Report = new ImportRunner(Archive.Store).Run([Path.Combine(RepositoryPaths.Content, "seeds")]);
    }

    /// <summary>The labels (in English) of one record's values of a facet.</summary>
    public List<string> Facet(string id, string facet)
    {
        var links = Archive.Store.AuthoritiesOf(id)!;
        var ids = facet switch
        {
            FacetNames.Institution => links.Institutions,
            FacetNames.Person => links.Persons,
            _ => links.Topics,
        };
        return ids.Select(i => Archive.Authorities.Get(facet, i)!.Label("en")).ToList();
    }

    public List<string> Ids(string query) =>
        Archive.Index.Search(new SearchRequest { Query = query, Limit = 10 }).Hits.Select(h => h.Id).ToList();

    public void Dispose() => dir.Dispose();
}

public class SeedAcceptanceTests(SeedArchive seeds) : IClassFixture<SeedArchive>
{
    const string NlcMeeting = "000_fcc497228b0dfc5f";
    const string Ningbo = "001_d3473190efa74719";
    const string NlcAgreement = "002_98268b345d60ec0f";
    const string Jiulongpo = "003_163b4892b0794843";
    const string Hanoi = "004_f76cc4d460d2e965";

    [Fact]
    public void The_five_seeds_import_as_five_records()
    {
        Assert.Empty(seeds.Report.Failures);
        Assert.Equal(5, seeds.Archive.Store.Count());
    }

    [Theory]
    [InlineData(NlcMeeting, "en", "2021-01-28", "The NLC holds the Meeting on Expanding Middle-level Cadres, 2021")]
    [InlineData(Ningbo, "en", "2020-05-29", "Ningbo City holds the city's archives work meeting")]
    [InlineData(NlcAgreement, "en", null, "The NLC, the Library Society of China and the China Science and Technology Museum sign strategic cooperation framework agreement")]
    [InlineData(Hanoi, "vi", "2022-12-26", "Hội nghị Tổng kết công tác năm 2022 và triển khai nhiệm vụ năm 2023")]
    public void Seeds_have_their_title_language_and_date(string id, string lang, string? date, string title)
    {
        var r = seeds.Archive.Store.Get(id)!.Record;
        Assert.Equal(title, r.Title);
        Assert.Equal(lang, r.Language);
        Assert.Equal(date is null ? null : DateOnly.Parse(date), r.Date);
    }

    [Fact]
    public void The_plan_without_a_title_line_gets_a_sensible_title()
    {
        var r = seeds.Archive.Store.Get(Jiulongpo)!.Record;
        Assert.Contains("Jiulongpo District Library", r.Title);
        Assert.True(r.Title.Length < 100, r.Title);
        Assert.Equal("plan", r.Type);
    }

    [Theory]
    [InlineData("\"Site Map\"")]
    [InlineData("\"Contact Us\"")]
    [InlineData("\"About Us\"")]
    [InlineData("Copyright")]
    [InlineData("88545426")]
    [InlineData("视力保护色")]
    [InlineData("访问量")]
    [InlineData("您当前的位置")]
    [InlineData("\"Đọc thêm\"")]
    [InlineData("\"E-mail Print\"")]
    public void Page_chrome_is_not_found_by_search(string chrome)
    {
        Assert.Empty(seeds.Ids(chrome));
    }

    [Fact]
    public void The_meeting_seed_names_Rao_Quan_and_Wei_Dawei()
    {
        var persons = seeds.Facet(NlcMeeting, FacetNames.Person);
        Assert.Contains("Rao Quan", persons);
        Assert.Contains("Wei Dawei", persons);
    }

    [Fact]
    public void The_vietnamese_seed_names_its_director_and_the_vice_minister()
    {
        var persons = seeds.Facet(Hanoi, FacetNames.Person);
        Assert.Contains("Kieu Thuy Nga", persons);
        Assert.Contains("Trinh Thi Thuy", persons);
    }

    [Fact]
    public void The_agreement_seed_is_filed_under_its_three_institutions() =>
        Assert.Equal(["China Science and Technology Museum", "Library Society of China", "National Library of China"],
            seeds.Facet(NlcAgreement, FacetNames.Institution).Order());

    [Theory]
    [InlineData(NlcMeeting, "Five-Year Plan", "Party building")]
    [InlineData(Ningbo, "Archives management", "Awards and commendations")]
    [InlineData(NlcAgreement, "Science popularization", "Cooperation agreement")]
    [InlineData(Jiulongpo, "Five-Year Plan", "Library assessment")]
    [InlineData(Hanoi, "Annual review", "Party building")]
    public void Each_seed_has_topics_an_archivist_would_agree_with(string id, string first, string second)
    {
        var topics = seeds.Facet(id, FacetNames.Topic);
        Assert.Contains(first, topics);
        Assert.Contains(second, topics);
    }

    [Fact]
    public void Rao_Quan_finds_both_NLC_seeds() =>
        Assert.Equal([NlcMeeting, NlcAgreement], seeds.Ids("Rao Quan").Order());

    [Fact]
    public void Vietnamese_is_found_with_and_without_diacritics()
    {
        Assert.Equal([Hanoi], seeds.Ids("thu vien quoc gia"));
        Assert.Equal([Hanoi], seeds.Ids("thư viện"));
    }

    [Fact]
    public void Archives_meeting_ranks_Ningbo_first() => Assert.Equal(Ningbo, seeds.Ids("archives meeting")[0]);

    [Fact]
    public void Digitized_finds_digitization()
    {
        var hits = seeds.Archive.Index.Search(new SearchRequest { Query = "digitized" }).Hits;
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains("<mark>digit", h.SnippetHtml));
    }
}
