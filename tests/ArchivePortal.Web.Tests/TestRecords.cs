using ArchivePortal.Core.Records;

namespace ArchivePortal.Web.Tests;

/// <summary>A small archive: 25 Chinese meeting records for paging, English and Vietnamese ones, and a hostile one.</summary>
public static class TestRecords
{
    public const string Script = "<script>alert('x')</script>";

    public static readonly IReadOnlyList<ArchiveRecord> All = Build();

    static List<ArchiveRecord> Build()
    {
        var list = new List<ArchiveRecord>();
        for (int i = 1; i <= 25; i++)
        {
            list.Add(new ArchiveRecord
            {
                Id = $"zh-{i:00}", Language = "zh", Type = "meeting",
                Title = $"国家图书馆召开第{i}次馆务会议",
                Body = $"国家图书馆馆长饶权主持会议，研究古籍保护和数字化工作。会议编号{i}。",
                Date = new DateOnly(2020 + i % 3, 1 + i % 12, 1 + i),
                Institution = "国家图书馆",
                Persons = i % 2 == 0 ? ["饶权", "魏大威"] : ["饶权"],
            });
        }
        list.Add(new ArchiveRecord
        {
            Id = "en-nlc", Language = "en", Type = "meeting", Title = "The NLC holds a work meeting on ancient books protection",
            Body = "Rao Quan, director of the National Library of China, chaired the meeting on ancient books protection and digitization.",
            Date = new DateOnly(2022, 3, 12), Institution = "国家图书馆", Persons = ["饶权"], SourceUrl = "https://www.nlc.cn/en/news/1",
        });
        list.Add(new ArchiveRecord
        {
            Id = "vi-tvqg", Language = "vi", Type = "meeting", Title = "Hội nghị tổng kết công tác năm 2022 của Thư viện Quốc gia",
            Body = "Bà Kiều Thúy Nga, Giám đốc Thư viện Quốc gia Việt Nam, chủ trì hội nghị về số hoá tài liệu thư viện.",
            Date = new DateOnly(2022, 12, 26), Institution = "Thư viện Quốc gia Việt Nam", Persons = ["Kiều Thúy Nga"],
        });
        list.Add(new ArchiveRecord
        {
            Id = "evil", Language = "en", Type = "news", Title = "Evil title " + Script,
            Body = "An evil body " + Script + " with <b>raw html</b> and a [bad link](javascript:alert(1)) and a [good link](https://example.org/).",
            Date = new DateOnly(2019, 5, 1), Institution = "Evil <img src=x onerror=alert(1)> Institute",
            Persons = ["<img src=x onerror=alert(2)>"], Topics = [Script],
        });
        return list;
    }
}
