using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Spelling;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ArchivePortal.Core.Tests.Spelling;

/// <summary>
/// A real Lucene index of a few records, analyzed as the portal analyzes them, in fields named as
/// the portal's: what spelling help reads its terms from.
/// </summary>
public sealed class SpellingIndex : IDisposable
{
    public static readonly ArchiveAnalyzer Analyzer = ArchiveAnalyzer.CreateWithoutIcu();

    public static readonly IReadOnlyList<SpellingField> Fields =
    [
        new("title_en", TextStream.English), new("body_en", TextStream.English),
        new("title_vi", TextStream.VietnameseFolded), new("body_vi", TextStream.VietnameseFolded),
        new("title_vix", TextStream.VietnameseExact), new("body_vix", TextStream.VietnameseExact),
        new("title_zh", TextStream.ChineseWords), new("body_zh", TextStream.ChineseWords),
    ];

    static readonly (string Language, string Title, string Body)[] Records =
    [
        ("en", "The National Library of China holds a work meeting", "Rao Quan, director of the library, chaired the meeting on digitization."),
        ("en", "Libraries and archives conference", "The conference discussed library services and reading promotion."),
        ("vi", "Hội nghị tổng kết của Thư viện Quốc gia Việt Nam", "Thư viện tổ chức hội nghị về số hoá tài liệu."),
        // "ven" is commoner than "vien" here: only its neighbour "thu" makes "vien" the better fix for "thu vein".
        ("vi", "Du lịch ven biển", "Các tỉnh ven biển phát triển du lịch ven sông."),
        ("vi", "Đường ven hồ", "Con đường ven hồ mới mở."),
        ("vi", "Khu dân cư ven đô", "Nhà ở ven đô."),
        ("zh", "国家图书馆召开会议", "NLC 馆长饶权主持会议。"),
    ];

    readonly RAMDirectory directory = new();

    public IndexReader Reader { get; }

    public SpellingIndex()
    {
        var perField = Fields.ToDictionary(f => f.Name, f => Analyzer.For(f.Stream));
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new PerFieldAnalyzerWrapper(new KeywordAnalyzerStub(), perField));
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var (language, title, body) in Records)
            {
                var doc = new Document
                {
                    new TextField("title_" + language, title, Field.Store.NO),
                    new TextField("body_" + language, body, Field.Store.NO),
                };
                if (language == "vi")
                {
                    doc.Add(new TextField("title_vix", title, Field.Store.NO));
                    doc.Add(new TextField("body_vix", body, Field.Store.NO));
                }
                writer.AddDocument(doc);
            }
            writer.Commit();
        }
        Reader = DirectoryReader.Open(directory);
    }

    public IndexVocabulary Vocabulary => new(Reader, Fields);

    /// <summary>An institution whose Vietnamese name no record writes: "Trung Quốc" is in none of them.</summary>
    public static readonly AuthorityRegistry Authorities = new(
    [
        new Authority
        {
            Id = "nlc", Kind = AuthorityKinds.Institution,
            Labels = new Dictionary<string, string> { ["zh"] = "中国国家图书馆", ["en"] = "National Library of China", ["vi"] = "Thư viện Quốc gia Trung Quốc" },
        },
    ], null, null);

    public IReadOnlyList<SpellingSuggestion> Suggest(string query) => new SpellingSuggester(Analyzer, Authorities).Suggest(query, Vocabulary);

    public void Dispose()
    {
        Reader.Dispose();
        directory.Dispose();
    }

    sealed class KeywordAnalyzerStub : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
            new(new Lucene.Net.Analysis.Core.KeywordTokenizer(reader));
    }
}
