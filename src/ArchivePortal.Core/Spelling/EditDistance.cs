namespace ArchivePortal.Core.Spelling;

/// <summary>
/// Edits between two words, an adjacent transposition counting as one (optimal string alignment),
/// as Lucene's fuzzy terms count them: "vein" is one edit from "vien", as "qaun" is from "quan".
/// </summary>
public static class EditDistance
{
    public static int Between(string a, string b)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d = Math.Min(d, previous2[j - 2] + 1);
                current[j] = d;
            }
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length];
    }
}
