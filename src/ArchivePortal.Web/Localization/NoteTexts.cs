using ArchivePortal.Core.Search;
using C = ArchivePortal.Core.Search.SearchNotes.Codes;

namespace ArchivePortal.Web.Localization;

/// <summary>
/// The search's notes in each UI language, keyed <c>note.</c> + <see cref="SearchNote.Code"/>; {0}, {1} …
/// are the note's arguments in order. English is Core's own text, so the page and the CLI say the same.
/// </summary>
public static class NoteTexts
{
    public static string Key(string code) => "note." + code;

    static readonly Dictionary<string, string> Chinese = new()
    {
        [C.QueryCut] = "检索式过长，只保留了前 {0} 个字符。",
        [C.NoWords] = "“{0}”中没有可检索的词语，现显示全部记录。",
        [C.UnknownField] = "“{0}:”不是可用的字段（可用 title、institution、person、topic、lang、type 或 date），“{1}”已作为普通词语检索。",
        [C.FieldNeedsValue] = "“{0}:”后面需要一个值，例如 {1}；此条件已忽略。",
        [C.Wildcard] = "不支持通配符（* 和 ?），已去掉通配符按原词检索。检索会自动包括词的各种形式：如 library 也能找到 libraries。",
        [C.UnclosedQuote] = "引号没有闭合，其后的全部内容已作为一个短语检索。",
        [C.StrayParenthesis] = "有一个右括号没有对应的左括号，已忽略。",
        [C.NestedTooDeep] = "括号嵌套层数过多，内层的括号已忽略。",
        [C.UnclosedParenthesis] = "有一个括号没有闭合，已在检索式末尾补上。",
        [C.InvalidDate] = "“{0}”不是有效的日期或日期范围（例如 date:2020、date:2020-05..2021-03），此筛选条件已忽略。",
        [C.WordsCut] = "只检索了此检索式的前 {0} 个词。",
        [C.OrNotLeftOut] = "无法检索“OR NOT …”，否定的部分已略去。",
        [C.NothingSearchable] = "检索式中没有可以检索的内容，请输入词语。",
        [C.SearchFailed] = "无法执行此检索，请减少特殊字符后再试。",
        [C.Loosened] = "没有记录同时包含所有这些词，现显示包含其中部分词语的记录。",
        [C.UnknownFilter] = "未知的筛选条件 {0}，已忽略。",
        [C.TooLong] = "此检索耗时过长，已停止；请减少词语或使用更具体的词语。",
        [C.NamesCut] = "检索式中提到的人物和机构过多，只检索了它们的 {0} 个其他名称。",
    };

    static readonly Dictionary<string, string> Vietnamese = new()
    {
        [C.QueryCut] = "Truy vấn quá dài nên chỉ giữ lại {0} ký tự đầu tiên.",
        [C.NoWords] = "“{0}” không có từ nào để tìm; đang hiển thị tất cả bản ghi.",
        [C.UnknownField] = "“{0}:” không phải là một trường (hãy dùng title, institution, person, topic, lang, type hoặc date); “{1}” đã được tìm như từ khóa thông thường.",
        [C.FieldNeedsValue] = "“{0}:” cần có giá trị, ví dụ {1}; điều kiện này đã bị bỏ qua.",
        [C.Wildcard] = "Không hỗ trợ ký tự đại diện (* và ?); từ đã được tìm như đã viết nhưng bỏ các ký tự này. Mọi dạng của một từ đều được tìm: library cũng tìm thấy libraries.",
        [C.UnclosedQuote] = "Dấu ngoặc kép chưa được đóng; phần còn lại của truy vấn đã được tìm như một cụm từ.",
        [C.StrayParenthesis] = "Có một dấu ngoặc đóng không có dấu ngoặc mở tương ứng; dấu này đã bị bỏ qua.",
        [C.NestedTooDeep] = "Các dấu ngoặc lồng nhau quá nhiều tầng; các dấu ngoặc bên trong đã bị bỏ qua.",
        [C.UnclosedParenthesis] = "Có một dấu ngoặc chưa được đóng; dấu ngoặc đã được tự động đóng ở cuối truy vấn.",
        [C.InvalidDate] = "“{0}” không phải là ngày hay khoảng thời gian hợp lệ (hãy thử date:2020, date:2020-05..2021-03); bộ lọc đã bị bỏ qua.",
        [C.WordsCut] = "Chỉ {0} từ đầu tiên của truy vấn này được tìm.",
        [C.OrNotLeftOut] = "Không thể tìm “OR NOT …”; phần phủ định đã bị bỏ đi.",
        [C.NothingSearchable] = "Truy vấn không có nội dung nào để tìm; hãy nhập một vài từ.",
        [C.SearchFailed] = "Không thể thực hiện truy vấn này; hãy thử dùng ít ký tự đặc biệt hơn.",
        [C.Loosened] = "Không có bản ghi nào chứa tất cả các từ này; đang hiển thị các bản ghi chứa một số từ trong đó.",
        [C.UnknownFilter] = "Bộ lọc {0} không xác định nên đã bị bỏ qua.",
        [C.TooLong] = "Lượt tìm kiếm này mất quá nhiều thời gian nên đã bị dừng; hãy dùng ít từ hơn hoặc từ cụ thể hơn.",
        [C.NamesCut] = "Truy vấn nhắc đến quá nhiều người và cơ quan; chỉ {0} tên gọi khác của họ được tìm.",
    };

    static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ByLanguage =
        new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["en"] = SearchNotes.English,
            ["zh"] = Chinese,
            ["vi"] = Vietnamese,
        };

    /// <summary>
    /// Each catalog with its language's note texts added under <see cref="Key"/>. A language without
    /// notes gets none, and the test that every language has every English key names what it lacks.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> AddTo(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> catalogs) =>
        catalogs.ToDictionary(c => c.Key, c =>
        {
            var merged = new Dictionary<string, string>(c.Value);
            foreach (var (code, text) in ByLanguage.GetValueOrDefault(c.Key) ?? new Dictionary<string, string>())
                merged.Add(Key(code), text);
            return (IReadOnlyDictionary<string, string>)merged;
        });
}
