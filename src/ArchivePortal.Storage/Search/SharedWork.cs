namespace ArchivePortal.Storage.Search;

/// <summary>
/// Work in numbered parts, done by the calling thread and one pool thread at once: each takes the
/// next part nobody has taken yet. A search is one visitor waiting; on a machine whose other core
/// is free, the helper halves the wait. When the system gives the helper no core (another
/// process, another search, the collector), the caller does every part itself and waits only for
/// a part the helper had already taken, so a busy machine costs a search little more than doing
/// it alone. Parts must be independent of each other and of their order.
/// </summary>
internal static class SharedWork
{
    const int NotStarted = 0, Working = 1, NotNeeded = 2;

    /// <summary>
    /// Does parts 0 to <paramref name="parts"/> − 1, each once, with <paramref name="work"/>: the
    /// caller with <paramref name="callerHand"/>, the helper with a hand of its own, made by
    /// <paramref name="helperHand"/> before its first part.
    /// </summary>
    /// <returns>The helper's hand, or null when it did no part.</returns>
    public static THand? Run<THand>(int parts, THand callerHand, Func<THand> helperHand, Action<THand, int> work) where THand : class
    {
        // One part, or one core: nothing to share, and no thread to start.
        if (parts < 2 || Environment.ProcessorCount < 2)
        {
            for (int part = 0; part < parts; part++) work(callerHand, part);
            return null;
        }
        var claims = new Claims();
        THand? helped = null;
        var helper = Task.Run(() =>
        {
            // The caller may have finished everything before this thread got a core.
            if (Interlocked.CompareExchange(ref claims.Helper, Working, NotStarted) != NotStarted) return;
            try
            {
                for (int part; !claims.Failed && (part = Interlocked.Increment(ref claims.Next)) < parts;)
                    work(helped ??= helperHand(), part);
            }
            catch
            {
                claims.Failed = true; // the caller stops taking parts too
                throw;
            }
        });
        try
        {
            for (int part; !claims.Failed && (part = Interlocked.Increment(ref claims.Next)) < parts;) work(callerHand, part);
        }
        catch
        {
            claims.Failed = true;
            // What the helper reads (the index reader) must stay open until it stops.
            if (!HelperLetGo(claims)) WaitQuietly(helper);
            throw;
        }
        if (!HelperLetGo(claims)) helper.GetAwaiter().GetResult();
        return helped;
    }

    /// <summary>Does parts 0 to <paramref name="parts"/> − 1, each once, with <paramref name="work"/>, which keeps no state per thread.</summary>
    public static void Run(int parts, Action<int> work)
    {
        var stateless = new object();
        Run(parts, stateless, () => stateless, (_, part) => work(part));
    }

    /// <summary>True when the helper had not started and now never will.</summary>
    static bool HelperLetGo(Claims claims) => Interlocked.CompareExchange(ref claims.Helper, NotNeeded, NotStarted) != Working;

    static void WaitQuietly(Task task)
    {
        try
        {
            task.Wait();
        }
        catch (AggregateException)
        {
            // The caller's own failure is the one reported (usually the same deadline).
        }
    }

    sealed class Claims
    {
        /// <summary>The last part taken.</summary>
        public int Next = -1;

        /// <summary><see cref="NotStarted"/>, <see cref="Working"/> or <see cref="NotNeeded"/>.</summary>
        public int Helper = NotStarted;

        public volatile bool Failed;
    }
}
