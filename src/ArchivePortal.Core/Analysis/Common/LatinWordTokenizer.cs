namespace ArchivePortal.Core.Analysis.Common;

/// <summary>
/// Splits alphabetic scripts into words: runs of letters, digits and combining marks.
/// An apostrophe between letters stays inside the word (don't, Xi Jinping's) so the English
/// chain can strip possessives. Han characters are left to the Chinese chain and skipped here.
/// </summary>
public sealed class LatinWordTokenizer : ITokenizer
{
    public static readonly LatinWordTokenizer Instance = new();

    public IEnumerable<Token> Tokenize(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWordChar(text[i])) i++;
            if (i >= text.Length) yield break;
            int start = i;
            while (i < text.Length && (IsWordChar(text[i]) || IsInnerApostrophe(text, i))) i++;
            yield return new Token(text[start..i], start, i);
        }
    }

    static bool IsWordChar(char c)
    {
        if (TextFolding.IsHan(c)) return false;
        if (char.IsLetterOrDigit(c)) return true;
        var category = char.GetUnicodeCategory(c);
        return category is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;
    }

    static bool IsInnerApostrophe(string text, int i) =>
        text[i] is '\'' or '\u2019' && i > 0 && i + 1 < text.Length
        && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);
}
