using ArchivePortal.Core.Analysis.OpenCc;

namespace ArchivePortal.Core.Tests.Analysis.OpenCc;

public sealed class OpenCcLibraryTests
{
    [Fact]
    public void System_open_cc_is_found_and_converts_taiwan_phrases()
    {
        Assert.True(OpenCcLibrary.IsAvailable, OpenCcLibrary.UnavailableReason);
        using var converter = OpenCcConverter.TryOpen("tw2sp.json", out var problem);
        Assert.NotNull(converter);
        Assert.Null(problem);
        Assert.Equal(["数字化", "信息", "", "单位"], converter.Convert(["數位化", "資訊", "", "單位"]));
    }

    [Fact]
    public void Pieces_are_converted_each_on_its_own()
    {
        using var converter = OpenCcConverter.TryOpen("tw2sp.json", out _)!;
        // Together 數位 is a Taiwan word; split in two pieces it is two characters.
        Assert.Equal(["数", "位"], converter.Convert(["數", "位"]));
        Assert.Equal(["a\nb", "数字"], converter.Convert(["a\nb", "數位"]));
    }

    [Fact]
    public void An_unknown_configuration_is_a_problem_named_not_a_crash()
    {
        Assert.Null(OpenCcConverter.TryOpen("no-such-configuration.json", out var problem));
        Assert.Contains("no-such-configuration.json", problem);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("true")]
    [InlineData(" TRUE ")]
    public void Disable_variable_makes_open_cc_unavailable_with_a_reason(string value)
    {
        var result = OpenCcLibrary.Probe(name => name == OpenCcLibrary.DisableVariable ? value : null);

        Assert.False(result.IsAvailable);
        Assert.Contains(OpenCcLibrary.DisableVariable, result.UnavailableReason);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("")]
    [InlineData("false")]
    public void Other_values_of_the_variable_leave_open_cc_enabled(string value)
    {
        var result = OpenCcLibrary.Probe(name => name == OpenCcLibrary.DisableVariable ? value : null);

        Assert.True(result.IsAvailable, result.UnavailableReason);
    }
}
