using System.Text;

namespace ArchivePortal.Core.Search;

/// <summary>What the letters of a query tell about the visitor who typed it.</summary>
public static class QueryScript
{
    /// <summary>
    /// True when the query's letters are all Latin (English, Vietnamese, pinyin or another
    /// romanization). Latin letters are how a visitor types a name from any of the archive's
    /// languages, so such a query says nothing about the language they want to read: its results
    /// should show every language. A query with Han characters was typed by a reader of Chinese.
    /// </summary>
    public static bool IsLatinOnly(string query)
    {
        bool anyLetter = false;
        foreach (var rune in query.EnumerateRunes())
        {
            if (!Rune.IsLetter(rune)) continue;
            if (!IsLatin(rune)) return false;
            anyLetter = true;
        }
        return anyLetter;
    }

    /// <summary>Basic Latin, Latin-1, Latin Extended A/B/Additional (Vietnamese's ư ơ ạ ế …).</summary>
    static bool IsLatin(Rune r) =>
        r.Value < 0x0250 || (r.Value >= 0x1E00 && r.Value <= 0x1EFF) || (r.Value >= 0x2C60 && r.Value <= 0x2C7F) || (r.Value >= 0xA720 && r.Value <= 0xA7FF);
}
