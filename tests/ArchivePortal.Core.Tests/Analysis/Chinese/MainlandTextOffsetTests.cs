using ArchivePortal.Core.Analysis.Chinese;

namespace ArchivePortal.Core.Tests.Analysis.Chinese;

/// <summary>
/// Where the characters of a rewritten Chinese text came from. Without a word segmenter a unit of
/// replacement is a whole run of characters, so one changed word must not widen the rest of the run.
/// </summary>
public class MainlandTextOffsetTests
{
    [Fact]
    public void A_shorter_word_inside_a_run_maps_only_itself_to_the_word_as_written()
    {
        // 透过网际网路查询 as one unit, its middle word (the Internet) four characters become three.
        var folded = "透过网际网路查询".ToCharArray();
        var text = MainlandText.Replaced(folded, [(0, folded.Length)], ["透过互联网查询"], []);
        Assert.Equal("透过互联网查询", text.ToString());
        // 查询 (the last two characters) still points at 查询 as written, not at the whole run.
        Assert.Equal(6, text.OriginalStart(5));
        Assert.Equal(8, text.OriginalEnd(7));
        Assert.Equal(0, text.OriginalStart(0));
        Assert.Equal(2, text.OriginalEnd(2));
        // The changed middle points at the whole word it replaced.
        Assert.Equal(2, text.OriginalStart(2));
        Assert.Equal(6, text.OriginalEnd(5));
    }
}
