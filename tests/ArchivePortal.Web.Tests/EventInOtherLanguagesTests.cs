using ArchivePortal.Core.Records;

namespace ArchivePortal.Web.Tests;

/// <summary>
/// "This event in other languages" links reports of the same event, not whatever else the
/// institution or a person did that week.
/// </summary>
public sealed class EventInOtherLanguagesTests : IDisposable
{
    static ArchiveRecord Report(string id, string lang, string date, string? institution, string title, params string[] persons) =>
        new() { Id = id, Language = lang, Type = "news", Title = title, Body = title, Date = DateOnly.Parse(date), Institution = institution, Persons = persons };

    readonly PortalApp app = new([
        Report("ev-zh", "zh", "2021-04-20", "国家图书馆", "饶权出席古籍保护专题培训班开班式", "饶权"),
        // The same event: the same institution two days later, the title naming the same topic.
        Report("ev-en-same", "en", "2021-04-22", "National Library of China", "NLC opens a training course on ancient books protection", "Rao Quan"),
        // The same event from a wire report without an institution: the same person, and a title naming the same person and topic.
        Report("ev-en-wire", "en", "2021-04-21", null, "Rao Quan speaks on ancient books protection at a training course", "Rao Quan"),
        // The same library's other news of that week: its title names another topic.
        Report("ev-en-week", "en", "2021-04-21", "National Library of China", "NLC celebrates World Book Day with reading promotion", "Rao Quan"),
        // The same person elsewhere that week: another institution, another topic.
        Report("ev-vi-person", "vi", "2021-04-19", "Thư viện Quốc gia Việt Nam", "Hội nghị phát triển văn hóa đọc tại Thư viện Quốc gia Việt Nam", "Rao Quan"),
        // The same person that week, named in a title that names nothing else of the event.
        Report("ev-vi-visit", "vi", "2021-04-21", "Thư viện Quốc gia Việt Nam", "Rao Quan thăm Thư viện Quốc gia Việt Nam", "Rao Quan"),
    ]);

    public void Dispose() => app.Dispose();

    async Task<List<string?>> OtherLanguages(string id) =>
        (await app.Client().PageAsync("/records/" + id)).QuerySelectorAll("#other-languages + ul a").Select(a => a.GetAttribute("href")).ToList();

    [Fact]
    public async Task Only_reports_of_the_same_event_are_listed()
    {
        Assert.Equal(["/records/ev-en-same", "/records/ev-en-wire"], await OtherLanguages("ev-zh"));
    }

    [Fact]
    public async Task A_record_whose_same_week_shares_only_a_person_or_the_library_has_no_section()
    {
        var d = await app.Client().PageAsync("/records/ev-vi-person");
        Assert.Null(d.QuerySelector("#other-languages"));
        Assert.DoesNotContain("/records/ev-vi-person", await OtherLanguages("ev-en-week"));
    }
}
