using ArchivePortal.Core.Analysis.Common;
using System.Text;

namespace ArchivePortal.Core.Analysis.Icu;

/// <summary>
/// Splits text into words with ICU's word break iterator (UBRK_WORD), which segments Han text
/// with its dictionary and alphabetic text by the Unicode word rules. Spaces and punctuation
/// are left out. Safe to use from many threads at once; dispose it to close the native
/// iterators early (otherwise their finalizers do).
/// </summary>
public sealed unsafe class IcuWordBreaker : IDisposable
{
    const int WordIterator = 1; // UBRK_WORD
    const int Done = -1;        // UBRK_DONE

    readonly IcuFunctions icu;
    readonly byte[] localeId;
    readonly NativeHandlePool<NativeHandle> pool;

    IcuWordBreaker(IcuFunctions icu, string locale)
    {
        this.icu = icu;
        Locale = locale;
        localeId = Encoding.UTF8.GetBytes(locale + '\0');
        pool = new(Open, NativeHandlePool<NativeHandle>.DefaultCapacity);
        // Open one now: a failure then shows where the breaker is made, not at the first text.
        pool.Return(Open());
    }

    /// <summary>The ICU locale the iterators were opened for; it only selects tailorings, every locale segments Han text.</summary>
    public string Locale { get; }

    /// <summary>A word breaker for <paramref name="locale"/>, or null when ICU is unavailable (see <see cref="IcuLibrary.UnavailableReason"/>).</summary>
    public static IcuWordBreaker? TryCreate(string locale = "zh")
    {
        ArgumentNullException.ThrowIfNull(locale);
        var icu = IcuLibrary.Functions;
        return icu is null ? null : new IcuWordBreaker(icu, locale);
    }

    /// <summary>
    /// The words of <paramref name="text"/> in order: numbers, letters, kana and ideographs
    /// (rule status 100 and above). Empty text gives an empty list.
    /// </summary>
    public IReadOnlyList<WordSpan> Words(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return [];
        var words = new List<WordSpan>();
        var handle = pool.Rent();
        try
        {
            var iterator = handle.DangerousGetHandle();
            var status = 0;
            // The iterator keeps a pointer to the text, so every call that reads it stays inside
            // this fixed block; the stale pointer left behind is replaced by the next ubrk_setText.
            fixed (char* chars = text)
            {
                icu.BreakSetText(iterator, chars, text.Length, &status);
                IcuStatus.ThrowIfFailure(icu, status, "ubrk_setText");
                var start = icu.BreakFirst(iterator);
                for (var end = icu.BreakNext(iterator); end != Done; start = end, end = icu.BreakNext(iterator))
                {
                    // The status belongs to the boundary just found, so it describes [start, end).
                    var rule = icu.BreakRuleStatus(iterator);
                    if (rule >= WordSpan.NumberStatus) words.Add(new WordSpan(start, end, rule));
                }
            }
        }
        finally
        {
            pool.Return(handle);
        }

        return words;
    }

    /// <summary>Closes the idle native iterators; ones in use close when their call ends.</summary>
    public void Dispose() => pool.Dispose();

    NativeHandle Open()
    {
        var status = 0;
        nint iterator;
        fixed (byte* locale = localeId)
            iterator = icu.BreakOpen(WordIterator, locale, null, 0, &status);
        IcuStatus.ThrowIfFailure(icu, status, "ubrk_open");
        return new NativeHandle(iterator, i => icu.BreakClose(i));
    }
}
