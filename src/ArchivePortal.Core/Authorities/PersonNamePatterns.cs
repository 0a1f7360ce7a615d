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
    public static IEnumerable<string> Find(string text) => Find(text, null);

    /// <summary>
    /// The names in <paramref name="text"/>. Chinese titles and surnames are matched in the text
    /// folded to Simplified by <paramref name="foldScript"/> (which keeps the length: 館長 is 馆长),
    /// and the name is returned as the text wrote it (周曉雯, not 周晓雯).
    /// </summary>
    public static IEnumerable<string> Find(string text, Func<string, string>? foldScript)
    {
        foreach (Match m in EnglishTitleFirst().Matches(text)) if (PlausibleLatin(m.Groups[1].Value)) yield return m.Groups[1].Value;
        foreach (Match m in EnglishNameFirst().Matches(text))
            if (WithoutCourtesyTitle(m.Groups[1].Value) is { } name && PlausibleLatin(name)) yield return name;
        foreach (Match m in Vietnamese().Matches(text)) if (PlausibleLatin(m.Groups[1].Value)) yield return m.Groups[1].Value;
        var folded = foldScript?.Invoke(text) ?? text;
        if (folded.Length != text.Length) folded = text; // a fold that moved offsets: match the text as written
        foreach (Match m in ChineseTitleFirst().Matches(folded))
            if (ChineseName(m.Groups[1].Value) is { } name) yield return text.Substring(m.Groups[1].Index, name.Length);
        foreach (Match m in ChineseNameFirst().Matches(folded))
            if (ChineseNameBeforeTitle(m.Groups[1].Value)) yield return text.Substring(m.Groups[1].Index, m.Groups[1].Length);
    }

    // A name word: capitalised, with a hyphenated second syllable (Hsiao-wen, Ching-Kuo) or an
    // apostrophe of aspiration (Ch'ing) kept inside it, but not a possessive 's.
    const string NameWord = @"[A-Z][a-z]+(?:['\u2019](?!s\b)[a-z]+)?(?:-[A-Za-z][a-z]*(?:['\u2019](?!s\b)[a-z]+)?)?";

    [GeneratedRegex(@"\b(?:Deputy |Vice )?(?:Director(?:-General)?|Secretary(?:-General)?|Chairman|Chairwoman|President|Curator|Minister|(?:[Cc]hief )?Librarian|(?:[Cc]hief )?librarian|Professor|Mr\.?|Ms\.?|Mrs\.?|Dr\.?) (" + NameWord + "(?: " + NameWord + @"){1,2})(?![\w-]|['\u2019](?!s\b))")]
    private static partial Regex EnglishTitleFirst();

    [GeneratedRegex(@"\b(" + NameWord + "(?: " + NameWord + @"){1,2}), (?:a |the )?(?:[Cc]hief )?(?:[Mm]ember|[Dd]irector|[Dd]eputy|[Ss]ecretary|[Cc]hairman|[Vv]ice|[Pp]resident|[Hh]ead|[Cc]urator|[Mm]inister|[Ll]ibrarian)\b")]
    private static partial Regex EnglishNameFirst();

    [GeneratedRegex(@"(?:\b[Bb]à|\b[Ôô]ng|[Đđ]ồng chí|PGS\.?|TS\.?|ThS\.?) (\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,3})")]
    private static partial Regex Vietnamese();

    [GeneratedRegex(@"(?:副?馆长|副?主任|副?局长|副?书记|秘书长|副?部长|副?主席|副?理事长|副?院长|副?所长|副?处长|副?总统)([\p{IsCJKUnifiedIdeographs}]{2,3})")]
    private static partial Regex ChineseTitleFirst();

    // A name right before its title (国家图书馆周晓雯馆长, 周曉雯馆长致词), where the name starts a
    // sentence or follows the institution it heads (…馆, …局, …院): elsewhere the characters before
    // a title are as often the end of another word.
    [GeneratedRegex(@"(?:^|(?<=[^\p{IsCJKUnifiedIdeographs}])|(?<=[馆局院会所部处校司厅]))([\p{IsCJKUnifiedIdeographs}]{2,3}?)副?(?:馆长|主任|局长|书记|秘书长|部长|主席|理事长|院长|所长|处长|总统)")]
    private static partial Regex ChineseNameFirst();

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

    // "Ms Lin Hsiu-mei, deputy director": the title before a name is not part of it.
    static readonly string[] CourtesyTitles = ["Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Dr", "Dr.", "Prof", "Prof.", "Professor"];

    /// <summary>The name without a courtesy title before it; null when nothing but one word is left.</summary>
    static string? WithoutCourtesyTitle(string name)
    {
        var space = name.IndexOf(' ');
        if (space < 0 || !CourtesyTitles.Contains(name[..space])) return name;
        var rest = name[(space + 1)..];
        return rest.Contains(' ') ? rest : null;
    }

    static bool PlausibleLatin(string name) => name.Split(' ', '-').All(w => !NotNameWords.Contains(w));

    // Common surnames: a Chinese name starts with one of them, which rules out most false hits.
    const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤饶施殷霍庞乔樊兰殷柳葛"
        + "赖洪游詹翁柯萧卓颜庄欧纪岑麦邝冼伍骆阮翟凌傅祝鲍邢邬戚褚俞倪梅蒲聂";
    // Characters that follow a name in a sentence (张三出席, 李四和), not part of it.
    const string AfterName = "和与及作出在等为主致讲表介说指强向对将是也都就了的同到代率带发会参";

    // Words before a title that say which holder it is, not who (常务副主任, 时任馆长).
    static readonly string[] TitleQualifiers = ["常务", "执行", "名誉", "荣誉", "代理", "首任", "现任", "前任", "时任", "曾任", "新任", "历任", "兼任", "继任", "原任"];

    static bool ChineseNameBeforeTitle(string candidate) =>
        Surnames.Contains(candidate[0]) && !candidate.Skip(1).Any(AfterName.Contains)
        && !TitleQualifiers.Any(candidate.Contains) && !PostWords.Any(candidate.Contains);

    // Posts that follow a title in a list of appointments (副主任任主编: 任 is "serves as", not a surname).
    static readonly string[] PostWords = ["组长", "副组", "主任", "委员", "成员"];

    static string? ChineseName(string candidate)
    {
        if (!Surnames.Contains(candidate[0]) || PostWords.Any(candidate.Contains)) return null;
        // 任 after a two-character name is "serves as" (馆长张静任组长), rarely the end of a given name.
        if (candidate.Length == 3 && (AfterName.Contains(candidate[2]) || candidate[2] == '任')) candidate = candidate[..2];
        return AfterName.Contains(candidate[1]) ? null : candidate;
    }
}
