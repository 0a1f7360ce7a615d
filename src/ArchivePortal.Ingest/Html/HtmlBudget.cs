using System.Diagnostics;

namespace ArchivePortal.Ingest.Html;

/// <summary>The time one document may take, started when its parsing starts.</summary>
public sealed class HtmlBudget(TimeSpan limit)
{
    readonly long started = Stopwatch.GetTimestamp();

    public bool IsSpent => Stopwatch.GetElapsedTime(started) > limit;

    public HtmlRefusal Refusal() =>
        new(HtmlRefusal.TooSlow, $"reading the page took longer than {limit.TotalSeconds:0.#} s");
}
