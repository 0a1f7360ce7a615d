using ArchivePortal.Core.Analysis.OpenCc;

namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>Chooses where regional vocabulary comes from: OpenCC when it loads, else the maintained table.</summary>
public static class RegionalVocabularies
{
    static readonly Lazy<(IRegionalVocabulary Vocabulary, string? Problem)> Loaded = new(() =>
        OpenCcRegionalVocabulary.TryCreate(out var problem) is { } openCc
            ? (openCc, null)
            : ((IRegionalVocabulary)TableRegionalVocabulary.Instance, problem));

    static int logged;

    /// <summary>True when regional vocabulary comes from OpenCC in this process.</summary>
    public static bool UsesOpenCc => Loaded.Value.Vocabulary is OpenCcRegionalVocabulary;

    /// <summary>
    /// OpenCC's vocabulary, loaded once and shared (its dictionaries take a while to load); the maintained
    /// table when OpenCC is missing or disabled (<see cref="OpenCcLibrary.DisableVariable"/>), which
    /// <paramref name="log"/> is told once.
    /// </summary>
    public static IRegionalVocabulary Default(Action<string>? log = null)
    {
        var (vocabulary, problem) = Loaded.Value;
        if (problem is not null && log is not null && Interlocked.Exchange(ref logged, 1) == 0)
            log($"OpenCC unavailable ({problem}): Taiwan and Hong Kong words are folded by the built-in table only.");
        return vocabulary;
    }
}
