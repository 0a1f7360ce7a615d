using ArchivePortal.Core.Extraction;
using ArchivePortal.Core.Records;

namespace ArchivePortal.Ingest.Tests.Extraction;

public sealed class RecordTypeClassifierTests
{
    [Theory]
    [InlineData("国家图书馆召开2019年全馆工作会议", RecordTypes.Meeting)]
    [InlineData("我馆召开古籍保护与地方文献工作座谈会", RecordTypes.Meeting)]
    [InlineData("NLC Holds 2019 Work Meeting", RecordTypes.Meeting)]
    [InlineData("2019 China Library Annual Conference Opens in Ordos", RecordTypes.Meeting)]
    [InlineData("Hội nghị Tổng kết công tác năm 2022 và triển khai nhiệm vụ năm 2023", RecordTypes.Meeting)]
    [InlineData("九龙坡区图书馆“十三五”发展规划（2016—2020年）", RecordTypes.Plan)]
    [InlineData("Jiulongpo District Library thirteen five development plan", RecordTypes.Plan)]
    [InlineData("Kế hoạch phát triển văn hóa đọc năm 2023", RecordTypes.Plan)]
    [InlineData("上海图书馆与宁波市档案馆签署文献资源共建共享合作协议", RecordTypes.Agreement)]
    [InlineData("国家图书馆与越南国家图书馆签署合作备忘录", RecordTypes.Agreement)]
    [InlineData("NLC and National Library of Vietnam Sign Memorandum of Cooperation", RecordTypes.Agreement)]
    [InlineData("TVQG và Thư viện Quốc gia Trung Quốc ký kết Biên bản ghi nhớ hợp tác", RecordTypes.Agreement)]
    [InlineData("“中华古籍保护计划”实施十周年成果展在国家典籍博物馆开幕", RecordTypes.News)]
    [InlineData("臺北市立圖書館啟動館藏古籍與日治時期文獻數位化計畫", RecordTypes.News)]
    [InlineData("Over 20,000 Digitized Rare Books Now Freely Accessible Online", RecordTypes.News)]
    [InlineData("", RecordTypes.News)]
    public void Classifies_by_title(string title, string expected) => Assert.Equal(expected, RecordTypeClassifier.Classify(title));

    [Fact]
    public void The_first_sentence_decides_when_the_title_says_nothing() =>
        Assert.Equal(RecordTypes.Meeting, RecordTypeClassifier.Classify(
            "Thư viện Hà Nội tổng kết công tác năm 2023, đẩy mạnh chuyển đổi số trong năm 2024",
            "Ngày 10/01/2024, Thư viện Hà Nội tổ chức Hội nghị tổng kết công tác năm 2023. Dự hội nghị có đại diện."));

    [Fact]
    public void A_ceremony_that_is_not_a_meeting_stays_news() =>
        Assert.Equal(RecordTypes.News, RecordTypeClassifier.Classify(
            "Vietnam Book and Reading Culture Day 2022 Opens at the National Library",
            "The opening ceremony of Vietnam Book and Reading Culture Day 2022 was held at the National Library of Vietnam (NLV) in Hanoi."));
}
