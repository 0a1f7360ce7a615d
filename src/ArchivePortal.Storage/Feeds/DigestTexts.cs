namespace ArchivePortal.Storage.Feeds;

/// <summary>The words of a digest mail in its reader's language (en, zh, vi).</summary>
public static class DigestTexts
{
    static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Catalogs = new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        ["en"] = new Dictionary<string, string>
        {
            ["subject"] = "{0} new records in your saved searches",
            ["subject.one"] = "1 new record in your saved searches",
            ["intro"] = "New records in the Archive Portal since the last digest:",
            ["search"] = "{0}: {1} new",
            ["more"] = "… and {0} more: {1}",
            ["open"] = "Open this saved search: {0}",
            ["unsubscribe"] = "Stop mailing this saved search: {0}",
            ["undated"] = "undated",
        },
        ["zh"] = new Dictionary<string, string>
        {
            ["subject"] = "您的已保存检索有 {0} 条新记录",
            ["subject.one"] = "您的已保存检索有 1 条新记录",
            ["intro"] = "自上次摘要以来，档案门户新增的记录：",
            ["search"] = "{0}：新增 {1} 条",
            ["more"] = "……另有 {0} 条：{1}",
            ["open"] = "打开此已保存检索：{0}",
            ["unsubscribe"] = "不再通过邮件发送此检索：{0}",
            ["undated"] = "日期不详",
        },
        ["vi"] = new Dictionary<string, string>
        {
            ["subject"] = "{0} bản ghi mới trong các tìm kiếm đã lưu của bạn",
            ["subject.one"] = "1 bản ghi mới trong các tìm kiếm đã lưu của bạn",
            ["intro"] = "Các bản ghi mới trong Cổng Lưu trữ kể từ bản tin trước:",
            ["search"] = "{0}: {1} bản ghi mới",
            ["more"] = "… và {0} bản ghi khác: {1}",
            ["open"] = "Mở tìm kiếm đã lưu này: {0}",
            ["unsubscribe"] = "Ngừng gửi thư cho tìm kiếm này: {0}",
            ["undated"] = "không rõ ngày",
        },
    };

    public static string Get(string language, string key) =>
        (Catalogs.TryGetValue(language, out var c) ? c : Catalogs["en"]).TryGetValue(key, out var s) ? s : Catalogs["en"][key];
}
