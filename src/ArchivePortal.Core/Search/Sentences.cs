namespace ArchivePortal.Core.Search;

/// <summary>
/// Where the sentences of a text are, for snippets that begin and end on sentence bounds. A
/// sentence ends after 。！？； (Chinese) or . ! ? ; followed by a space or the end (so 3.5 and
/// www.nlc.cn stay whole), together with the closing quotes and brackets that follow.
/// </summary>
public static class Sentences
{
    public static List<(int Start, int End)> Of(string text)
    {
        var list = new List<(int, int)>();
        int start = SkipSpaces(text, 0);
        for (int i = start; i < text.Length; i++)
        {
            if (!EndsSentence(text, i)) continue;
            int end = i + 1;
            while (end < text.Length && IsCloser(text[end])) end++;
            list.Add((start, end));
            start = SkipSpaces(text, end);
            i = start - 1;
        }
        if (start < text.Length) list.Add((start, TrimEnd(text, text.Length)));
        return list;
    }

    static bool EndsSentence(string text, int i) => text[i] switch
    {
        '。' or '！' or '？' or '；' or '…' => true,
        '.' or '!' or '?' or ';' => i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || IsCloser(text[i + 1]),
        _ => false,
    };

    static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '」' or '』' or ')' or '）' or '》' or ']';

    static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    static int TrimEnd(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }
}
