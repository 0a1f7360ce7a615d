namespace ArchivePortal.Core.Search;

/// <summary>
/// How much room text takes on a line, in columns: a Chinese character (or any wide East Asian
/// one) is about as wide as two Latin letters. A snippet bounded in columns fills about the same
/// number of lines in Chinese as in English or Vietnamese; bounded in characters, a Chinese one
/// took twice the lines.
/// </summary>
public static class DisplayWidth
{
    /// <summary>The columns of <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static int Of(string text, int start, int end)
    {
        int columns = 0;
        for (int i = start; i < end; i++) columns += Of(text[i]);
        return columns;
    }

    public static int Of(string text) => Of(text, 0, text.Length);

    /// <summary>The index at most <paramref name="columns"/> columns after <paramref name="start"/> (or the end of the text).</summary>
    public static int Advance(string text, int start, int columns)
    {
        int i = start;
        while (i < text.Length && columns >= Of(text[i])) columns -= Of(text[i++]);
        return i;
    }

    /// <summary>The index at most <paramref name="columns"/> columns before <paramref name="end"/> (or the start of the text).</summary>
    public static int Back(string text, int end, int columns)
    {
        int i = end;
        while (i > 0 && columns >= Of(text[i - 1])) columns -= Of(text[--i]);
        return i;
    }

    /// <summary>Two columns for the wide East Asian blocks (CJK radicals to Hangul, compatibility ideographs, full-width forms), one for the rest.</summary>
    static int Of(char c) => c is (>= '\u2E80' and <= '\uD7A3') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFF60') ? 2 : 1;
}
