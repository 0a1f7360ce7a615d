using ArchivePortal.Core.Authorities;

namespace ArchivePortal.Core.Tests.Authorities;

/// <summary>
/// An alias that another institution bears elsewhere is written with the scripts or regions where
/// it names this one; the loader keeps them, and refuses what could never match, naming the line.
/// </summary>
public sealed class ScopedAliasFileTests : IDisposable
{
    readonly string dir = Path.Combine(Path.GetTempPath(), "scoped-aliases-" + Guid.NewGuid().ToString("N"));

    public ScopedAliasFileTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    List<Authority> Load(string yaml)
    {
        File.WriteAllText(Path.Combine(dir, "institutions.yml"), yaml);
        return AuthorityFileLoader.LoadFolder(dir);
    }

    [Fact]
    public void A_scoped_alias_keeps_its_scripts_and_regions_beside_plain_aliases()
    {
        var loaded = Load("""
            - id: island-library
              labels: {zh: 岛屿图书馆, en: Island Library}
              aliases:
                - {name: 國家圖書館, scripts: [zh-Hant], regions: [TW]}
                - ILB
              region: TW
            """).Single();

        Assert.Equal(["國家圖書館", "ILB"], loaded.Aliases);
        Assert.Equal("TW", loaded.Region);
        var scope = loaded.NameScopes["國家圖書館"];
        Assert.Equal(["zh-Hant"], scope.Scripts);
        Assert.Equal(["TW"], scope.Regions);
        Assert.False(loaded.NameScopes.ContainsKey("ILB"));
    }

    [Theory]
    [InlineData("  aliases:\n    - {name: 國圖, regions: [XX]}\n", 4, "XX")]
    [InlineData("  aliases:\n    - {name: 國圖, scripts: [Hant]}\n", 4, "Hant")]
    [InlineData("  aliases:\n    - {name: ILB, scripts: [zh-Hant]}\n", 4, "no Chinese characters")]
    [InlineData("  aliases:\n    - {name: 國圖}\n", 4, "neither scripts nor regions")]
    [InlineData("  aliases:\n    - {regions: [TW]}\n", 4, "needs a name")]
    [InlineData("  aliases:\n    - {name: 國圖, region: [TW]}\n", 4, "unknown key")]
    [InlineData("  region: Taiwan\n", 3, "region")]
    public void A_scope_that_could_never_match_is_refused_with_its_line(string tail, int line, string problem)
    {
        var e = Assert.Throws<AuthorityFileException>(() => Load("- id: island-library\n  labels: {en: Island Library}\n" + tail));
        Assert.Equal(line, e.Line);
        Assert.Contains(problem, e.Problem);
    }

    [Fact]
    public void The_shipped_institutions_load_and_keep_taiwan_and_the_mainland_apart()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "content", "authorities");
        var all = AuthorityFileLoader.LoadFolder(folder).Where(a => a.Kind == AuthorityKinds.Institution).ToList();

        // Every name two institutions share once folded to one script is scoped in each of them.
        Assert.Equal(["TW"], all.Single(a => a.Domains.Contains("ncl.edu.tw")).NameScopes["國家圖書館"].Regions);
        Assert.DoesNotContain("TW", all.Single(a => a.Domains.Contains("nlc.cn")).NameScopes["国家图书馆"].Regions);
    }
}
