using System.Diagnostics;

namespace ArchivePortal.Storage.Search;

/// <summary>
/// When one search must stop: at its time limit, or when its caller hangs up. Checked every so
/// many documents in each pass over the postings and before each snippet, so that a search never
/// costs much more CPU than its limit, and a client that left costs no more at all.
/// </summary>
internal sealed class SearchDeadline(TimeSpan limit, CancellationToken cancel)
{
    /// <summary>Documents between two looks at the clock: a look costs about as much as scoring a few documents.</summary>
    const int Stride = 4096;

    readonly long started = Stopwatch.GetTimestamp();
    int sinceLastLook;

    /// <summary>
    /// Counts one document; every <see cref="Stride"/> documents, <see cref="CheckNow"/>. The two
    /// threads of a search (<see cref="SharedWork"/>) count at once: a count one of them loses only
    /// moves the next look a document later.
    /// </summary>
    public void Tick()
    {
        if (++sinceLastLook < Stride) return;
        sinceLastLook = 0;
        CheckNow();
    }

    /// <exception cref="OperationCanceledException">The caller cancelled (a visitor hung up).</exception>
    /// <exception cref="SearchTimeLimitException">The search ran past its limit.</exception>
    public void CheckNow()
    {
        cancel.ThrowIfCancellationRequested();
        // Timeout.InfiniteTimeSpan is negative: every elapsed time is past it.
        if (limit != Timeout.InfiniteTimeSpan && Stopwatch.GetElapsedTime(started) > limit) throw new SearchTimeLimitException();
    }
}

/// <summary>A search ran past its time limit; the search answers with a note instead of results.</summary>
internal sealed class SearchTimeLimitException : Exception;
