using ArchivePortal.Core.Analysis.Icu;

namespace ArchivePortal.Core.Tests.Analysis.Icu;

public sealed class IcuConcurrencyTests
{
    const int Threads = 8;
    const int Iterations = 1000;

    static readonly string[] Texts =
    [
        "国家图书馆召开2021年中层干部扩大会议，饶权馆长作主题报告。",
        "國家圖書館數位化計畫與古籍保護",
        "The National Library of China's 2021 report: e-books, U.S. libraries.",
        "Thư viện Quốc gia Việt Nam tổ chức hội nghị năm 2021.",
        "霍瑞娟、张志清、陈樱在NLC开会",
    ];

    [Fact]
    public void Word_breaker_gives_the_same_words_on_eight_threads_as_on_one()
    {
        using var breaker = IcuWordBreakerTests.CreateBreaker();
        var expected = Texts.Select(t => breaker.Words(t).ToArray()).ToArray();

        var mismatches = RunOnThreads(i => breaker.Words(Texts[i]).SequenceEqual(expected[i]));

        Assert.Equal(0, mismatches);
    }

    [Theory]
    [InlineData(IcuTransliteratorTests.TraditionalToSimplified)]
    [InlineData(IcuTransliteratorTests.Pinyin)]
    public void Transliterator_gives_the_same_text_on_eight_threads_as_on_one(string id)
    {
        using var transliterator = IcuTransliteratorTests.Create(id);
        var expected = Texts.Select(transliterator.Transliterate).ToArray();

        var mismatches = RunOnThreads(i => transliterator.Transliterate(Texts[i]) == expected[i]);

        Assert.Equal(0, mismatches);
    }

    // Dedicated threads started together, so that calls really overlap.
    static int RunOnThreads(Func<int, bool> check)
    {
        var mismatches = 0;
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var n = 0; n < Iterations; n++)
                if (!check((t + n) % Texts.Length)) Interlocked.Increment(ref mismatches);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        return mismatches;
    }
}
