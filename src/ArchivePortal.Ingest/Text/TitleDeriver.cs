using System.Text.RegularExpressions;

namespace ArchivePortal.Ingest.Text;

/// <summary>
/// For files without a title line: tells a title from a paragraph, and makes a title out of a paragraph.
/// </summary>
/// <remarks>
/// A document that has no title line usually says what it is in its opening paragraph
/// ("…, specially prepared "Jiulongpo District Library" thirteen five "development plan".",
/// "…，特制定《…规划》"). That phrase is the best title: it names the document the way its authors do.
/// It is used only when it names a kind of document (plan, report, 规划 …), so that an ordinary
/// sentence containing "issued" does not become a title. Otherwise the first sentence is the title,
/// cut at a word boundary (English, Vietnamese) or after 40 characters (Chinese) and marked with "…".
/// </remarks>
public static class TitleDeriver
{
    /// <summary>A first line longer than this is a paragraph, not a title.</summary>
    public const int MaxTitleLength = 150;

    const int MaxDerivedLength = 80;
    const int MaxDerivedHanLength = 40;
    const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture;

    static readonly Regex[] NamingPhrases =
    [
        new(@"(制定|制订|编制|編制|印发|印發|发布|發布)(了)?(本)?\s*《(?<name>[^》]{2,60})》", Options),
        new(@"\b(prepared|formulated|drawn up|drew up|compiled|drafted|issued|adopted)\s+(the\s+|this\s+|a\s+|an\s+)?(?<name>[^.;:!?]{8,120})", Options),
        new(@"\b(xây dựng|ban hành|lập)\s+(?<name>(Kế hoạch|Chương trình|Đề án|Báo cáo|Quy hoạch)[^.;:!?]{3,120})", Options),
    ];

    static readonly Regex DocumentNoun = new(
        @"\b(plan|programme|program|report|regulations?|measures|scheme|strategy|outline)\b|规划|規劃|计划|計劃|計畫|方案|纲要|綱要|报告|報告|办法|辦法|kế hoạch|chương trình|đề án|báo cáo|quy hoạch",
        Options);

    static readonly Regex SentenceBreak = new(@"[。！？]|[.!?][""”’)]?\s+(?=\p{Lu})", RegexOptions.CultureInvariant);

    /// <summary>True when <paramref name="line"/> reads as a paragraph: long, several sentences, or ending in 。.</summary>
    public static bool LooksLikeParagraph(string line)
    {
        var text = line.Trim();
        return text.Length > MaxTitleLength || SentenceBreak.Matches(text).Count >= 2 || text.EndsWith('。');
    }

    /// <summary>A title for a document whose first paragraph is <paramref name="paragraph"/>.</summary>
    public static string FromParagraph(string paragraph)
    {
        var text = Regex.Replace(paragraph.Trim(), @"\s+", " ");
        foreach (var phrase in NamingPhrases)
        {
            var name = phrase.Matches(text).LastOrDefault()?.Groups["name"].Value;
            if (name is not null && DocumentNoun.IsMatch(name)) return Tidy(name);
        }
        return FirstSentence(text);
    }

    static string Tidy(string name)
    {
        // Straight quotes are the machine translation's marks around fragments ("development plan");
        // typographic ones belong to Chinese names (“十三五”) and stay.
        var plain = name.Replace("\"", "", StringComparison.Ordinal);
        plain = Regex.Replace(plain, @"\s+", " ").Trim().TrimEnd('.', ',', ';');
        return plain.Length == 0 ? plain : char.ToUpperInvariant(plain[0]) + plain[1..];
    }

    static string FirstSentence(string text)
    {
        var end = SentenceBreak.Match(text);
        var sentence = (end.Success ? text[..end.Index] : text).TrimEnd('.', '。', '!', '?', ' ');
        var hasSpaces = sentence.Contains(' ');
        var limit = hasSpaces ? MaxDerivedLength : MaxDerivedHanLength;
        if (sentence.Length <= limit) return sentence;
        if (!hasSpaces) return sentence[..limit] + "…";
        var cut = sentence.LastIndexOf(' ', limit);
        return sentence[..(cut > 0 ? cut : limit)].TrimEnd(',', ';', ':', ' ') + "…";
    }
}
