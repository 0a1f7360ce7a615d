namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>
/// Traditional → Simplified characters (when a transliterator is loaded), then regional vocabulary
/// to the mainland word. Both keep the text's length, so offsets into the folded text are offsets
/// into the original.
/// </summary>
public sealed class ChineseScriptFolding(TraditionalToSimplifiedFilter? characters)
{
    /// <summary>True when Traditional characters are folded (ICU's transliterator was loaded).</summary>
    public bool FoldsCharacters => characters is not null;

    /// <summary>Folds <paramref name="text"/> in place.</summary>
    public void Fold(Span<char> text)
    {
        characters?.Apply(text);
        RegionalVariantFilter.Instance.Apply(text);
    }

    /// <summary>A folded copy of <paramref name="text"/> (the same instance when nothing changes).</summary>
    public string Fold(string text) => RegionalVariantFilter.Instance.Apply(characters?.Apply(text) ?? text);
}
