namespace ArchivePortal.Tests.Fuzzing;

/// <summary>
/// Mutates a sequence (the bytes of a file, the characters of a query) the way coverage fuzzers
/// do, without the coverage: bit flips, random elements inserted, set or deleted, chunks
/// duplicated (repeated, for nesting), moved or spliced in from another seed, syntax tokens and
/// odd strings inserted, truncation. A few mutations are stacked per input.
/// </summary>
internal sealed class Mutator<T>(Func<Random, T> randomElement, Func<T, int, T> flipBit, int bits, Func<Random, T[]> token, int maxLength)
{
    /// <summary>For bytes: <paramref name="tokens"/> and <see cref="FuzzInputs.OddBytes"/> are inserted whole.</summary>
    public static Mutator<byte> ForBytes(IReadOnlyList<string> tokens, int maxLength)
    {
        var encoded = tokens.Select(FuzzInputs.Utf8).Concat(FuzzInputs.OddText.Select(FuzzInputs.Utf8)).ToArray();
        return new Mutator<byte>(r => (byte)r.Next(256), (b, bit) => (byte)(b ^ (1 << bit)), 8,
            r => r.Next(4) == 0 ? FuzzInputs.OddBytes[r.Next(FuzzInputs.OddBytes.Length)] : encoded[r.Next(encoded.Length)], maxLength);
    }

    /// <summary>For text: <paramref name="tokens"/> and <see cref="FuzzInputs.OddText"/> are inserted whole.</summary>
    public static Mutator<char> ForText(IReadOnlyList<string> tokens, int maxLength)
    {
        var all = tokens.Concat(FuzzInputs.OddText).Select(t => t.ToCharArray()).ToArray();
        return new Mutator<char>(FuzzInputs.RandomChar, (c, bit) => (char)(c ^ (1 << bit)), 16, r => all[r.Next(all.Length)], maxLength);
    }

    public T[] Mutate(Random r, T[] input, IReadOnlyList<T[]> corpus)
    {
        var data = new List<T>(input);
        var count = 1 + r.Next(1 + r.Next(8)); // mostly one or two, sometimes many
        for (var i = 0; i < count; i++) MutateOnce(r, data, corpus);
        if (data.Count > maxLength) data.RemoveRange(maxLength, data.Count - maxLength);
        return [.. data];
    }

    void MutateOnce(Random r, List<T> data, IReadOnlyList<T[]> corpus)
    {
        int At(bool inclusiveEnd = false) => r.Next(data.Count + (inclusiveEnd ? 1 : 0));
        switch (r.Next(12))
        {
            case 0 when data.Count > 0:
                var flip = At();
                data[flip] = flipBit(data[flip], r.Next(bits));
                break;
            case 1 when data.Count > 0:
                data[At()] = randomElement(r);
                break;
            case 2:
                var inserted = Enumerable.Range(0, 1 + r.Next(8)).Select(_ => randomElement(r));
                data.InsertRange(At(inclusiveEnd: true), inserted);
                break;
            case 3 when data.Count > 0:
                var start = At();
                data.RemoveRange(start, 1 + r.Next(Math.Min(data.Count - start, 1 + data.Count / 4)));
                break;
            case 4 or 5 when data.Count > 0:
                // A chunk copied elsewhere, sometimes many times over: nesting, repetition, long lines.
                var (from, length) = Chunk(r, data.Count);
                var chunk = data.GetRange(from, length);
                var times = r.Next(4) == 0 ? 1 + r.Next(Math.Max(1, 2048 / length)) : 1;
                var at = At(inclusiveEnd: true);
                for (var t = 0; t < times && data.Count < maxLength; t++) data.InsertRange(at, chunk);
                break;
            case 6 when corpus.Count > 0:
                // Splice: part of another seed replaces the tail, or goes in the middle.
                var other = corpus[r.Next(corpus.Count)];
                if (other.Length == 0) break;
                var (otherFrom, otherLength) = Chunk(r, other.Length);
                var where = At(inclusiveEnd: true);
                if (r.Next(2) == 0) data.RemoveRange(where, data.Count - where);
                data.InsertRange(where, other.Skip(otherFrom).Take(otherLength));
                break;
            case 7 or 8 or 9:
                data.InsertRange(At(inclusiveEnd: true), token(r));
                break;
            case 10 when data.Count > 0:
                var cut = At();
                data.RemoveRange(cut, data.Count - cut);
                break;
            case 11 when data.Count > 1:
                var (moveFrom, moveLength) = Chunk(r, data.Count);
                var moved = data.GetRange(moveFrom, moveLength);
                data.RemoveRange(moveFrom, moveLength);
                data.InsertRange(At(inclusiveEnd: true), moved);
                break;
            default:
                data.InsertRange(At(inclusiveEnd: true), token(r));
                break;
        }
    }

    static (int From, int Length) Chunk(Random r, int count)
    {
        var from = r.Next(count);
        var length = 1 + r.Next(Math.Min(count - from, r.Next(2) == 0 ? 16 : count));
        return (from, length);
    }
}
