namespace ArchivePortal.Cli.Eval;

/// <summary>
/// Ranking metrics at a cut-off, with graded judgments used as linear gains (2 = about exactly
/// this, 1 = partially relevant): nDCG, recall of everything judged relevant, reciprocal rank of
/// the first relevant hit.
/// </summary>
public static class RankingMetrics
{
    public static double Ndcg(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judgments, int k = 10)
    {
        double dcg = 0;
        for (int i = 0; i < Math.Min(k, ranked.Count); i++)
            dcg += judgments.GetValueOrDefault(ranked[i]) / Math.Log2(i + 2);
        var ideal = judgments.Values.Where(g => g > 0).OrderByDescending(g => g).Take(k).ToList();
        double idcg = 0;
        for (int i = 0; i < ideal.Count; i++) idcg += ideal[i] / Math.Log2(i + 2);
        return idcg == 0 ? 0 : dcg / idcg;
    }

    public static double Recall(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judgments, int k = 10)
    {
        var relevant = judgments.Where(j => j.Value > 0).Select(j => j.Key).ToHashSet();
        if (relevant.Count == 0) return 0;
        return ranked.Take(k).Count(relevant.Contains) / (double)relevant.Count;
    }

    public static double ReciprocalRank(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judgments, int k = 10)
    {
        for (int i = 0; i < Math.Min(k, ranked.Count); i++)
            if (judgments.GetValueOrDefault(ranked[i]) > 0) return 1.0 / (i + 1);
        return 0;
    }
}
