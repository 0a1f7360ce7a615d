using ArchivePortal.Core.Analysis.Common;

namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>
/// Overlapping character bigrams over each run of Han characters (国家图书馆 → 国家 家图 图书 书馆);
/// a lone Han character is kept as a unigram. Latin words and numbers in between are kept whole.
/// </summary>
internal static class HanBigrams
{
    /// <summary>Adds the spans of <paramref name="text"/>, shifted by <paramref name="offset"/>.</summary>
    public static void Find(ReadOnlySpan<char> text, int offset, List<(int Start, int End)> spans)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (TextFolding.IsHan(text[i]))
            {
                int start = i;
                while (i < text.Length && TextFolding.IsHan(text[i])) i++;
                if (i - start == 1) spans.Add((offset + start, offset + i));
                for (int j = start; j + 1 < i; j++) spans.Add((offset + j, offset + j + 2));
            }
            else if (char.IsLetterOrDigit(text[i]))
            {
                int start = i;
                while (i < text.Length && char.IsLetterOrDigit(text[i]) && !TextFolding.IsHan(text[i])) i++;
                spans.Add((offset + start, offset + i));
            }
            else i++;
        }
    }
}
