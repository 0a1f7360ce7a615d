using System.Collections.Concurrent;

namespace ArchivePortal.Core.Text;

/// <summary>
/// Results remembered by their string key, safe for many threads, up to a limit: past it the memory
/// is given back and filled again, since the keys of a large archive (its words, its names) repeat
/// but hostile input need not. Counted apart from the dictionary, whose Count takes every one of its
/// locks and would make parallel imports queue on it.
/// </summary>
public sealed class BoundedMemo<TValue>
{
    readonly ConcurrentDictionary<string, TValue> values = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> bySpan;
    readonly int limit;
    int count;

    public BoundedMemo(int limit)
    {
        this.limit = limit;
        bySpan = values.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Looks up by a span of characters, without making a string of it.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value) =>
        bySpan.TryGetValue(key, out value!);

    public void Remember(string key, TValue value)
    {
        if (Interlocked.Increment(ref count) > limit)
        {
            values.Clear();
            Interlocked.Exchange(ref count, 0);
        }
        values.TryAdd(key, value);
    }
}
