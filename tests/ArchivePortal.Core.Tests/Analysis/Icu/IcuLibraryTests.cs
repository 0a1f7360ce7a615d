using ArchivePortal.Core.Analysis.Icu;

namespace ArchivePortal.Core.Tests.Analysis.Icu;

public sealed class IcuLibraryTests
{
    [Fact]
    public void System_icu_is_found()
    {
        // This machine has libicuuc.so.72: a loader that finds nothing is broken, not "unavailable".
        Assert.True(IcuLibrary.IsAvailable, IcuLibrary.UnavailableReason);
        Assert.Null(IcuLibrary.UnavailableReason);
        Assert.InRange(IcuLibrary.MajorVersion ?? 0, 50, 90);
    }

    [Fact]
    public void Probe_without_the_variable_loads_the_same_version()
    {
        var result = IcuLibrary.Probe(_ => null);

        Assert.True(result.IsAvailable, result.UnavailableReason);
        Assert.Equal(IcuLibrary.MajorVersion, result.MajorVersion);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("true")]
    [InlineData(" TRUE ")]
    public void Disable_variable_makes_icu_unavailable_with_a_reason(string value)
    {
        var result = IcuLibrary.Probe(name => name == IcuLibrary.DisableVariable ? value : null);

        Assert.False(result.IsAvailable);
        Assert.Null(result.Functions);
        Assert.Null(result.MajorVersion);
        Assert.Contains("ARCHIVE_DISABLE_ICU", result.UnavailableReason);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("")]
    [InlineData("false")]
    public void Other_values_of_the_variable_leave_icu_enabled(string value)
    {
        var result = IcuLibrary.Probe(name => name == IcuLibrary.DisableVariable ? value : null);

        Assert.True(result.IsAvailable, result.UnavailableReason);
    }
}
