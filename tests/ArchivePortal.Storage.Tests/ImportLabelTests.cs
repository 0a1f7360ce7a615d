using ArchivePortal.Core.Authorities;
using ArchivePortal.Storage;

namespace ArchivePortal.Storage.Tests;

/// <summary>Authorities an import creates are stored with labels in every UI language (issue 15, item 1).</summary>
public class ImportLabelTests
{
    [Fact]
    public void A_person_and_an_institution_found_at_import_are_stored_labelled_in_every_language()
    {
        using var t = new TempArchive();
        t.With(TempArchive.Record("zh-xu", "zh", "宁波市图书馆召开会议", "会议由徐明主持。", "2019-01-25", "宁波市图书馆", persons: ["徐明"]),
            TempArchive.Record("vi-kieu", "vi", "Hội nghị tổng kết", "Hội nghị tổng kết năm.", "2019-01-25", persons: ["Kiều Thúy Nga"]));

        // What another process opening the archive reads back from SQLite.
        using var reopened = Archive.Open(t.DatabasePath);
        var xu = reopened.Authorities.Resolve(AuthorityKinds.Person, "徐明")!;
        Assert.Equal(("徐明", "Xu Ming", "Xu Ming"), (xu.Labels["zh"], xu.Labels["en"], xu.Labels["vi"]));
        var kieu = reopened.Authorities.Resolve(AuthorityKinds.Person, "Kiều Thúy Nga")!;
        Assert.Equal(("Kiều Thúy Nga", "Kiều Thúy Nga", "Kiều Thúy Nga"), (kieu.Labels["zh"], kieu.Labels["en"], kieu.Labels["vi"]));
        var library = reopened.Authorities.Resolve(AuthorityKinds.Institution, "宁波市图书馆")!;
        Assert.Equal("宁波市图书馆", library.Label("en"));
        Assert.Equal("宁波市图书馆", library.Labels["vi"]);
    }
}
