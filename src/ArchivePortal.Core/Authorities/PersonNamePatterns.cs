using System.Text.RegularExpressions;

namespace ArchivePortal.Core.Authorities;

/// <summary>
/// Finds likely person names by the titles around them — "Director Zhang San", "Yin Hao, Director
/// of", "bà Trịnh Thị Thuỷ", "馆长张三" — so that people nobody entered become provisional
/// authorities for an archivist to confirm. Conservative on purpose: a missed name is a later
/// correction, a wrong one is noise in every facet.
/// </summary>
public static partial class PersonNamePatterns
{
    public static IEnumerable<string> Find(string text)
    {
        foreach (Match m in EnglishTitleFirst().Matches(text)) if (PlausibleLatin(m.Groups[1].Value)) yield return m.Groups[1].Value;
        foreach (Match m in EnglishNameFirst().Matches(text)) if (PlausibleLatin(m.Groups[1].Value)) yield return m.Groups[1].Value;
        foreach (Match m in Vietnamese().Matches(text)) if (PlausibleLatin(m.Groups[1].Value)) yield return m.Groups[1].Value;
        foreach (Match m in ChineseTitleFirst().Matches(text)) if (ChineseName(m.Groups[1].Value) is { } name) yield return name;
    }

    [GeneratedRegex(@"\b(?:Deputy |Vice )?(?:Director(?:-General)?|Secretary(?:-General)?|Chairman|Chairwoman|President|Curator|Minister|Librarian|Professor|Mr\.?|Ms\.?|Mrs\.?|Dr\.?) ([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})\b")]
    private static partial Regex EnglishTitleFirst();

    [GeneratedRegex(@"\b([A-Z][a-z]+(?: [A-Z][a-z]+){1,2}), (?:a |the )?(?:[Mm]ember|[Dd]irector|[Dd]eputy|[Ss]ecretary|[Cc]hairman|[Vv]ice|[Pp]resident|[Hh]ead|[Cc]urator|[Mm]inister|[Ll]ibrarian)\b")]
    private static partial Regex EnglishNameFirst();

    [GeneratedRegex(@"(?:\b[Bb]à|\b[Ôô]ng|[Đđ]ồng chí|PGS\.?|TS\.?|ThS\.?) (\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,3})")]
    private static partial Regex Vietnamese();

    [GeneratedRegex(@"(?:副?馆长|副?主任|副?局长|副?书记|秘书长|副?部长|副?主席|副?理事长|副?院长|副?所长|副?处长)([\p{IsCJKUnifiedIdeographs}]{2,3})")]
    private static partial Regex ChineseTitleFirst();

    static readonly HashSet<string> NotNameWords =
    [
        "National", "Library", "Libraries", "China", "Chinese", "Committee", "Party", "Ministry", "Museum", "Society",
        "Department", "Office", "Center", "Centre", "General", "Province", "Provincial", "Municipal", "City", "District",
        "Archives", "Archive", "University", "Culture", "Cultural", "Tourism", "Science", "Technology", "The", "In", "On",
        "At", "And", "Of", "For", "Vietnam", "Viet", "Nam", "Hanoi", "Beijing", "Shanghai", "Ningbo", "Standing", "Central",
        "People", "Republic", "State", "Council", "Association", "Bureau", "Division", "Section", "Secretariat", "Research",
        "Institute", "Information", "Network", "Resources", "Management", "Education", "Exhibition", "Digital", "Service",
        "Thư", "Viện", "Quốc", "Gia", "Đảng", "Ban", "Vụ", "Hội", "Bộ", "Văn", "Hóa", "Hoá", "Thể", "Thao", "Du", "Lịch",
        "Giám", "Đốc", "Phó", "Trưởng", "Bí", "Thư", "Chủ", "Tịch", "Uỷ", "Ủy", "Trung", "Ương", "Hà", "Nội", "Việt",
    ];

    static bool PlausibleLatin(string name) => name.Split(' ', '-').All(w => !NotNameWords.Contains(w));

    // Common surnames: a Chinese name starts with one of them, which rules out most false hits.
    const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤饶施殷霍庞乔樊兰殷柳葛";
    // Characters that follow a name in a sentence (张三出席, 李四和), not part of it.
    const string AfterName = "和与及作出在等为主致讲表介说指强向对将是也都就了的同到代率带发会参";

    static string? ChineseName(string candidate)
    {
        if (!Surnames.Contains(candidate[0])) return null;
        if (candidate.Length == 3 && AfterName.Contains(candidate[2])) candidate = candidate[..2];
        return AfterName.Contains(candidate[1]) ? null : candidate;
    }
}
