using ArchivePortal.Core.Analysis.Common;

namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>
/// Overlapping character bigrams over each run of Han characters (国家图书馆 → 国家 家图 图书 书馆);
/// a lone Han character is kept as a unigram. Bigrams match any word a query shares with a text,
/// whatever a segmenter made of it. Latin words and numbers in between are kept whole.
/// </summary>
public sealed class HanBigramTokenizer : ITokenizer
{
    public static readonly HanBigramTokenizer Instance = new();

    public IEnumerable<Token> Tokenize(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (TextFolding.IsHan(text[i]))
            {
                int start = i;
                while (i < text.Length && TextFolding.IsHan(text[i])) i++;
                if (i - start == 1) yield return new Token(text[start..i], start, i);
                for (int j = start; j + 1 < i; j++) yield return new Token(text.Substring(j, 2), j, j + 2);
            }
            else if (char.IsLetterOrDigit(text[i]))
            {
                int start = i;
                while (i < text.Length && char.IsLetterOrDigit(text[i]) && !TextFolding.IsHan(text[i])) i++;
                yield return new Token(text[start..i], start, i);
            }
            else i++;
        }
    }
}
