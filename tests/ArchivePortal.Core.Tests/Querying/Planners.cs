using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Analysis.Chinese;
using ArchivePortal.Core.Analysis.Icu;
using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Querying.Plan;

namespace ArchivePortal.Core.Tests.Querying;

/// <summary>Query planners over the default analysis and only the authorities a test gives.</summary>
internal static class Planners
{
    /// <summary>A planner that knows <paramref name="authorities"/> alone, their Chinese names in the word dictionary as the archive puts them.</summary>
    public static QueryPlanner With(params Authority[] authorities)
    {
        Func<string, string> fold = IcuTransliterator.TryCreate("Traditional-Simplified")!.Transliterate;
        var registry = new AuthorityRegistry(authorities, fold, null, new IcuChineseSegmenter(IcuWordBreaker.TryCreate("zh")!));
        return new QueryPlanner(ArchiveAnalyzer.CreateDefault(new ChineseUserDictionary(registry.ChineseNames().Select(fold))), registry);
    }
}
