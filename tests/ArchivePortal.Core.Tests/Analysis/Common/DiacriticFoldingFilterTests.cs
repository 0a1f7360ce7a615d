using ArchivePortal.Core.Analysis.Common;

namespace ArchivePortal.Core.Tests.Analysis.Common;

public class DiacriticFoldingFilterTests
{
    static readonly Lucene.Net.Analysis.Analyzer Filter = TokenStreamAssert.OverWhitespace(s => new DiacriticFoldingFilter(s));

    [Fact]
    public void Diacritics_go_and_letters_with_strokes_are_mapped()
    {
        TokenStreamAssert.Tokens(Filter, "Đoàn Quỳnh ø łódź 国家 plain",
            new("Doan", 0, 4), new("Quynh", 5, 10), new("o", 11, 12), new("lodz", 13, 17), new("国家", 18, 20), new("plain", 21, 26));
    }

    [Fact]
    public void Decomposed_input_folds_like_composed()
    {
        TokenStreamAssert.Tokens(Filter, "vie\u0323\u0302n", new Expected("vien", 0, 6));
    }

    [Fact]
    public void A_lone_surrogate_or_U_FFFE_stays_and_the_text_around_it_is_folded()
    {
        TokenStreamAssert.Tokens(Filter, "á\uD800é ô\uFFFEđ", new("a\uD800e", 0, 3), new("o\uFFFEd", 4, 7));
    }

    [Fact]
    public void Fast_path_only_skips_text_that_folding_leaves_alone()
    {
        Assert.True(TextFolding.HasNothingToFold("abc国家"));
        Assert.False(TextFolding.HasNothingToFold("\uF900")); // a compatibility ideograph decomposes
        Assert.False(TextFolding.HasNothingToFold("é"));
    }

    [Fact]
    public void Random_and_empty_text() => TokenStreamAssert.RandomTextIsHandled(Filter);
}
