using ArchivePortal.Core.Analysis.English;

namespace ArchivePortal.Core.Tests.Analysis.English;

public sealed class EnglishStopWordsTests
{
    [Theory]
    [InlineData("the")]
    [InlineData("a")]
    [InlineData("with")]
    public void KnowsCommonFunctionWords(string word) => Assert.True(EnglishStopWords.Contains(word));

    // Words that carry meaning, including some that longer stop lists drop (who, after).
    [Theory]
    [InlineData("library")]
    [InlineData("who")]
    [InlineData("after")]
    [InlineData("The")] // callers lowercase first; the set itself does not
    [InlineData("")]
    public void KeepsOtherWords(string word) => Assert.False(EnglishStopWords.Contains(word));
}
