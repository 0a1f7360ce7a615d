using System.IO.Compression;
using System.Text;
using ArchivePortal.Ingest.Crawling;

namespace ArchivePortal.Crawler.Tests.Units;

public sealed class SitemapReaderTests
{
    [Fact]
    public void A_gzipped_urlset_gives_its_pages_and_lastmod_dates()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc> https://lib.example/a.html </loc><lastmod>2021-03-12T08:00:00+08:00</lastmod></url>
              <url><loc>https://lib.example/b.html</loc></url>
            </urlset>
            """;
        using var zipped = new MemoryStream();
        using (var gzip = new GZipStream(zipped, CompressionLevel.Fastest)) gzip.Write(Encoding.UTF8.GetBytes(xml));
        var content = SitemapReader.Read(zipped.ToArray());
        Assert.Equal([new SitemapEntry("https://lib.example/a.html", new DateOnly(2021, 3, 12)), new SitemapEntry("https://lib.example/b.html", null)], content.Pages);
        Assert.Empty(content.Sitemaps);
    }

    [Fact]
    public void A_sitemap_index_gives_its_sitemaps()
    {
        const string xml = "<sitemapindex><sitemap><loc>https://lib.example/s1.xml.gz</loc></sitemap><sitemap><loc>https://lib.example/s2.xml</loc></sitemap></sitemapindex>";
        Assert.Equal(["https://lib.example/s1.xml.gz", "https://lib.example/s2.xml"], SitemapReader.Read(Encoding.UTF8.GetBytes(xml)).Sitemaps);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><body>Not found</body></html>")]
    [InlineData("<urlset><url><loc>https://lib.example/a.html</loc></url><url><loc>broken")]
    [InlineData("<!DOCTYPE x [<!ENTITY a \"aaaa\">]><urlset><url><loc>&a;</loc></url></urlset>")]
    public void Broken_or_hostile_files_give_what_was_read_before_the_break(string text)
    {
        var content = SitemapReader.Read(Encoding.UTF8.GetBytes(text));
        Assert.All(content.Pages, p => Assert.Equal("https://lib.example/a.html", p.Location));
    }

    [Fact]
    public void A_file_is_read_up_to_50000_urls()
    {
        var xml = "<urlset>" + string.Concat(Enumerable.Range(0, SitemapReader.MaxUrlsPerFile + 10).Select(i => $"<url><loc>https://lib.example/{i}</loc></url>")) + "</urlset>";
        var taken = 0;
        var end = SitemapReader.Read(Encoding.UTF8.GetBytes(xml), SitemapReader.MaxUncompressedBytes, _ => ++taken > 0, _ => true);
        Assert.Equal((SitemapEnd.TooManyUrls, SitemapReader.MaxUrlsPerFile), (end, taken));
    }

    [Fact]
    public void A_gzip_bomb_is_cut_at_the_byte_limit_keeping_what_came_before()
    {
        using var zipped = new MemoryStream();
        using (var gzip = new GZipStream(zipped, CompressionLevel.SmallestSize))
        {
            gzip.Write(Encoding.UTF8.GetBytes("<urlset><url><loc>https://lib.example/a.html</loc></url>"));
            var spaces = new byte[64 << 20];
            Array.Fill(spaces, (byte)' ');
            gzip.Write(spaces);
            gzip.Write(Encoding.UTF8.GetBytes("<url><loc>https://lib.example/b.html</loc></url></urlset>"));
        }
        var pages = new List<string>();
        var end = SitemapReader.Read(zipped.ToArray(), 1 << 20, p => { pages.Add(p.Location); return true; }, _ => true);
        Assert.Equal(SitemapEnd.TooLarge, end);
        Assert.Equal(["https://lib.example/a.html"], pages);
    }

    [Fact]
    public void A_file_of_exactly_the_byte_limit_is_complete()
    {
        var bytes = Encoding.UTF8.GetBytes("<urlset><url><loc>https://lib.example/a.html</loc></url></urlset>");
        Assert.Equal(SitemapEnd.Complete, SitemapReader.Read(bytes, bytes.Length, _ => true, _ => true));
        Assert.Equal(SitemapEnd.TooLarge, SitemapReader.Read(bytes, bytes.Length - 1, _ => true, _ => true));
    }

    /// <summary>
    /// Found by the fuzz tests (issue 14): a byte that is not ASCII inside the XML declaration makes
    /// System.Xml throw ArgumentOutOfRangeException, not XmlException (dotnet/runtime#113061).
    /// </summary>
    [Theory]
    [InlineData("<?xml version=\"1.0\u00ED\" encoding=\"UTF-8\"?>")]
    [InlineData("<?xml version=\"1.0\u00BF\"?>")]
    public void A_broken_xml_declaration_gives_nothing(string declaration)
    {
        var plain = Encoding.Latin1.GetBytes(declaration); // the bytes ED, BF alone: not UTF-8
        Assert.Empty(SitemapReader.Read(plain).Pages);
        using var zipped = new MemoryStream();
        using (var gzip = new GZipStream(zipped, CompressionLevel.Fastest)) gzip.Write(plain);
        Assert.Empty(SitemapReader.Read(zipped.ToArray()).Pages);
    }
}
