using ArchivePortal.Core.Analysis.English;

namespace ArchivePortal.Core.Spelling;

/// <summary>
/// Turns an English stem from the index back into a word a visitor would type: "librari" is shown
/// as "library". The index keeps only stems, so the word is found among the typed word's one-edit
/// neighbours (libary → library) and the stem's usual endings (librari → library, confer → confer),
/// keeping one whose stem is the index's term, nearest to what was typed.
/// </summary>
public sealed class EnglishSurfaceWords
{
    static readonly string[] Endings = ["", "e", "s", "es", "ed", "ing", "y", "ion", "al"];

    readonly string typed;
    Dictionary<string, List<string>>? neighboursByStem;

    /// <param name="typed">The word as typed, lowercased and without diacritics.</param>
    public EnglishSurfaceWords(string typed) => this.typed = typed;

    /// <summary>
    /// The stems of the words one edit from the typed one. Stems can be further apart than their
    /// words: "confrence" stems to "confrenc", three edits from "confer", the stem of "conference".
    /// </summary>
    public IEnumerable<string> NeighbourStems => Neighbours.Keys;

    Dictionary<string, List<string>> Neighbours => neighboursByStem ??= OneEditNeighbours();

    /// <summary>The word nearest to the typed one whose stem is <paramref name="stem"/>; null when none is near.</summary>
    public string? For(string stem)
    {
        var candidates = Neighbours.GetValueOrDefault(stem, [])
            .Concat(Endings.Select(e => stem + e))
            .Concat(stem.EndsWith('i') ? [stem[..^1] + "y"] : []);
        return candidates
            .Where(w => !EnglishStopWords.Contains(w) && EnglishStemmer.Instance.Stem(w) == stem)
            .Select(w => (Word: w, Edits: EditDistance.Between(typed, w)))
            .Where(x => x.Edits <= 2)
            .OrderBy(x => x.Edits).ThenByDescending(x => SameEnding(typed, x.Word)).ThenBy(x => x.Word.Length).ThenBy(x => x.Word, StringComparer.Ordinal)
            .Select(x => x.Word)
            .FirstOrDefault();
    }

    /// <summary>
    /// How many letters two words end with alike. Between words as near, the one that keeps the typed
    /// ending is likelier meant: "nationl" is "national" rather than "nation", "preservaton"
    /// "preservation" rather than "preservator" (all one edit away, of one stem each).
    /// </summary>
    static int SameEnding(string a, string b)
    {
        int n = 0;
        while (n < a.Length && n < b.Length && a[^(n + 1)] == b[^(n + 1)]) n++;
        return n;
    }

    /// <summary>Every word one edit from the typed one, by its stem: about 55 per letter, computed once per word.</summary>
    Dictionary<string, List<string>> OneEditNeighbours()
    {
        var letters = "abcdefghijklmnopqrstuvwxyz".Union(typed).ToArray();
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i <= typed.Length; i++)
        {
            if (i < typed.Length) words.Add(typed.Remove(i, 1));
            if (i + 1 < typed.Length) words.Add(string.Concat(typed.AsSpan(0, i), typed[i + 1].ToString(), typed[i].ToString(), typed.AsSpan(i + 2)));
            foreach (var c in letters)
            {
                words.Add(typed.Insert(i, c.ToString()));
                if (i < typed.Length) words.Add(string.Concat(typed.AsSpan(0, i), c.ToString(), typed.AsSpan(i + 1)));
            }
        }
        var byStem = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            if (w.Length == 0) continue;
            var stem = EnglishStemmer.Instance.Stem(w);
            if (!byStem.TryGetValue(stem, out var list)) byStem[stem] = list = [];
            list.Add(w);
        }
        return byStem;
    }
}
