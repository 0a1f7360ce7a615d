using System.Text.RegularExpressions;
using ArchivePortal.Core.Records;

namespace ArchivePortal.Core.Extraction;

/// <summary>
/// Tells meeting records, plan documents and agreements from news by their title, in Chinese,
/// English and Vietnamese. Deliberately conservative: a wrong "news" only loses a facet value,
/// a wrong "meeting" puts an item in the wrong list. The first sentence is read only when the
/// title says nothing, and only for a stronger form (a verb such as held/召开/tổ chức before the noun).
/// </summary>
public static class RecordTypeClassifier
{
    const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    static readonly Regex AgreementTitle = new(
        @"协议|協議|备忘录|備忘錄|\bagreements?\b|\bmemorand(um|a)\b|\bMoU\b|ký kết|thỏa thuận|thoả thuận|biên bản ghi nhớ", Options);

    // A plan is a document that names itself a plan at the end of its title (九龙坡区图书馆“十三五”发展规划（2016—2020年）).
    // A title that merely mentions a programme (“中华古籍保护计划”实施十周年成果展, 啟動…數位化計畫) is news.
    static readonly Regex PlanTitle = new(
        @"(规划|規劃|工作计划|工作計劃|工作計畫|发展计划|發展計劃|發展計畫|行动计划|行動計劃|行動計畫)[”」』""]?\s*([（(][^）)]*[）)])?\s*$" +
        @"|\b(development|work|action|strategic|five-year)\s+plan\s*(\([^)]*\))?\s*$" +
        @"|^\s*kế hoạch\b", Options);

    static readonly Regex MeetingTitle = new(
        @"会议|會議|座谈会|座談會|研讨会|研討會|年会|年會|推进会|推進會|工作会|工作會|交流会|交流會" +
        @"|\b(meeting|conference|symposium)s?\b|hội nghị|hội thảo|tọa đàm|toạ đàm", Options);

    static readonly Regex AgreementLead = new(
        @"(签署|簽署|签订|簽訂).{0,30}(协议|協議|备忘录|備忘錄)|\bsign(ed|s)?\b.{0,60}\b(agreement|memorandum)\b|signing ceremony|ký kết", Options);

    static readonly Regex MeetingLead = new(
        @"(召开|召開|举行|舉行).{0,40}(会议|會議|座谈会|座談會|研讨会|研討會|年会|年會)" +
        @"|\b(held|holds|convened)\b.{0,80}\b(meeting|conference)\b|tổ chức (hội nghị|hội thảo)", Options);

    /// <summary>One of <see cref="RecordTypes"/>: agreement, plan, meeting, else news.</summary>
    /// <param name="title">The record's title.</param>
    /// <param name="firstParagraph">Optional first paragraph of the body; only its first sentence is read.</param>
    public static string Classify(string title, string? firstParagraph = null)
    {
        title ??= "";
        if (AgreementTitle.IsMatch(title)) return RecordTypes.Agreement;
        if (PlanTitle.IsMatch(title.Trim())) return RecordTypes.Plan;
        if (MeetingTitle.IsMatch(title)) return RecordTypes.Meeting;

        var lead = FirstSentence(firstParagraph);
        if (AgreementLead.IsMatch(lead)) return RecordTypes.Agreement;
        if (MeetingLead.IsMatch(lead)) return RecordTypes.Meeting;
        return RecordTypes.News;
    }

    static string FirstSentence(string? paragraph)
    {
        if (string.IsNullOrWhiteSpace(paragraph)) return "";
        var text = paragraph.Length > 400 ? paragraph[..400] : paragraph;
        var end = text.IndexOfAny(['。', '！', '？', '\n']);
        var period = text.IndexOf(". ", StringComparison.Ordinal);
        if (period >= 0 && (end < 0 || period < end)) end = period;
        return end < 0 ? text : text[..end];
    }
}
