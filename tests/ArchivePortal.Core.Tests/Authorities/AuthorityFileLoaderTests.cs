using ArchivePortal.Core.Authorities;

namespace ArchivePortal.Core.Tests.Authorities;

public sealed class AuthorityFileLoaderTests : IDisposable
{
    readonly string dir = Path.Combine(Path.GetTempPath(), "authorities-" + Guid.NewGuid().ToString("N"));

    public AuthorityFileLoaderTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    AuthorityFileException Fails(string file, string yaml)
    {
        File.WriteAllText(Path.Combine(dir, file), yaml);
        return Assert.Throws<AuthorityFileException>(() => AuthorityFileLoader.LoadFolder(dir));
    }

    [Fact]
    public void A_valid_folder_loads_every_kind()
    {
        File.WriteAllText(Path.Combine(dir, "persons.yml"), "- id: rao-quan\n  labels: {zh: 饶权, en: Rao Quan}\n  aliases: [饒權]\n");
        File.WriteAllText(Path.Combine(dir, "topics.yml"), "- id: digitization\n  labels: {en: Digitization}\n  signals:\n    en: [digitization]\n    zh: [数字化]\n");
        var all = AuthorityFileLoader.LoadFolder(dir);
        Assert.Equal(2, all.Count);
        Assert.Equal(["digitization", "数字化"], all.Single(a => a.Kind == AuthorityKinds.Topic).Signals.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Broken_yaml_names_file_and_line()
    {
        var e = Fails("persons.yml", "- id: a\n  labels: {en: A}\n- id: b\n  labels: {en: [unclosed\n");
        Assert.EndsWith("persons.yml", e.File);
        Assert.True(e.Line >= 4, e.Message);
        Assert.Contains("YAML", e.Problem);
    }

    [Theory]
    [InlineData("- id: x\n  lables: {en: X}\n", 2, "unknown key")]
    [InlineData("- labels: {en: X}\n", 1, "needs an id")]
    [InlineData("- id: x\n", 1, "needs labels")]
    [InlineData("- id: x\n  labels: {fr: X}\n", 2, "not one of zh, en, vi")]
    [InlineData("- id: x\n  labels: {en: X}\n- id: x\n  labels: {en: Y}\n", 3, "used twice")]
    [InlineData("- id: bad id!\n  labels: {en: X}\n", 1, "letters, digits")]
    [InlineData("id: x\n", 1, "expected a list")]
    public void Each_problem_is_named_with_its_line(string yaml, int line, string problem)
    {
        var e = Fails("institutions.yml", yaml);
        Assert.Equal(line, e.Line);
        Assert.Contains(problem, e.Problem);
    }

    [Fact]
    public void A_topic_without_signals_is_an_error()
    {
        var e = Fails("topics.yml", "- id: t\n  labels: {en: T}\n");
        Assert.Contains("signals", e.Problem);
    }

    [Fact]
    public void The_repository_authority_files_are_valid()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ArchivePortal.sln"))) root = root.Parent;
        var all = AuthorityFileLoader.LoadFolder(Path.Combine(root!.FullName, "content", "authorities"));
        Assert.InRange(all.Count(a => a.Kind == AuthorityKinds.Topic), 30, 60);
        Assert.All(all.Where(a => a.Kind == AuthorityKinds.Topic), t => Assert.Equal(3, t.Labels.Count));
        Assert.Contains(all, a => a.Id == "nlc" && a.Aliases.Contains("NLC"));
    }
}
