using System.Text.Json;
using Microsoft.Playwright;

namespace ArchivePortal.EndToEnd;

/// <summary>
/// On the 20,000 generated records, whose events never repeat across languages by design, every link
/// under "This event in other languages" is to a record of the same event as far as the records can
/// tell (dated within three days and filed under the same institution, or naming a shared person in a
/// title that names the same things), or the section is absent. The old rule (the same days and any
/// shared institution or person) listed a dozen unrelated records for many of them.
/// </summary>
[Collection(GeneratedPortal.Collection)]
public sealed class EventInOtherLanguagesGeneratedTests(GeneratedPortal portal)
{
    /// <summary>Every 50th record: 400 records across all twenty years.</summary>
    const int Stride = 50;

    /// <summary>
    /// What a record page shows, read in the browser from the page's own markup: the record's language
    /// and date, the authorities it is filed under with their labels (in the interface language asked
    /// for), its title and the links under "This event in other languages".
    /// </summary>
    const string ReadRecord = """
        async ([url, language]) => {
            const response = await fetch(url, { headers: { "Accept-Language": language } });
            const d = new DOMParser().parseFromString(await response.text(), "text/html");
            const filed = kind => [...d.querySelectorAll(".record-meta a[href*='f=" + kind + ":']")]
                .map(a => ({ id: decodeURIComponent(a.getAttribute("href").split("f=" + kind + ":")[1]), label: a.textContent.trim() }));
            return {
                status: response.status,
                language: (d.querySelector("article.record").getAttribute("lang") || "").split("-")[0],
                date: d.querySelector(".record-meta time").getAttribute("datetime"),
                title: d.querySelector("article.record h1").textContent.trim(),
                institutions: filed("institution"), persons: filed("person"), topics: filed("topic"),
                others: [...d.querySelectorAll("#other-languages + ul a")].map(a => a.getAttribute("href")),
            };
        }
        """;

    sealed record Authority(string Id, string Label);

    sealed record RecordPage(int Status, string Language, string Date, string Title, Authority[] Institutions, Authority[] Persons, Authority[] Topics, string[] Others)
    {
        public DateOnly Day => DateOnly.Parse(Date);

        /// <summary>The authorities this record is filed under that its title names, by their label in its own language.</summary>
        public HashSet<string> NamedInTitle() =>
            Institutions.Select(a => ("institution", a)).Concat(Persons.Select(a => ("person", a))).Concat(Topics.Select(a => ("topic", a)))
                .Where(x => Names(x.a.Label).Any(name => Title.Contains(name, StringComparison.OrdinalIgnoreCase)))
                .Select(x => x.Item1 + ":" + x.a.Id).ToHashSet();
    }

    /// <summary>A label and, for a person shown as "Liu Qiangxia (刘强霞)", each of its two names.</summary>
    static IEnumerable<string> Names(string label) =>
        label.Split(['(', ')'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Append(label).Where(n => n.Length > 1);

    static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    static async Task<RecordPage> Read(IPage page, string url, string language = "en")
    {
        var json = await page.EvaluateAsync<JsonElement>(ReadRecord, new object[] { url, language });
        var record = json.Deserialize<RecordPage>(Json)!;
        Assert.True(record.Status == 200, $"{url} answered {record.Status}");
        return record;
    }

    [Fact]
    public async Task Every_listed_record_is_the_same_event_or_the_section_is_absent()
    {
        var page = await portal.NewPageAsync(1280, 800);
        await page.GotoAsync("/");
        int withSection = 0, links = 0;
        var wrong = new List<string>();
        for (int i = 0; i < GeneratedPortal.Size; i += Stride)
        {
            var url = $"/records/d{i:0000000}";
            var record = await Read(page, url);
            if (record.Others.Length == 0) continue;
            withSection++;
            foreach (var href in record.Others)
            {
                links++;
                var other = await Read(page, href);
                var sameDays = other.Language != record.Language && Math.Abs(other.Day.DayNumber - record.Day.DayNumber) <= 3;
                var sameInstitution = record.Institutions.Select(a => a.Id).Intersect(other.Institutions.Select(a => a.Id)).Any();
                var sharedPerson = record.Persons.Select(a => a.Id).Intersect(other.Persons.Select(a => a.Id)).Any();
                if (sameDays && (sameInstitution || sharedPerson && await SimilarTitles(page, url, href))) continue;
                wrong.Add($"{url} ({record.Date}, {record.Title}) lists {href} ({other.Date}, {other.Title})");
            }
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {links} links are not the same event:\n" + string.Join("\n", wrong.Take(20)));
        // Not a test of nothing: the generated records do share institutions within a few days.
        Assert.True(withSection >= 5, $"only {withSection} of {GeneratedPortal.Size / Stride} sampled records list other languages");
        await page.Context.CloseAsync();
    }

    /// <summary>Both titles name, in their own languages, at least two of the same authorities.</summary>
    static async Task<bool> SimilarTitles(IPage page, string first, string second)
    {
        var a = await Read(page, first, (await Read(page, first)).Language);
        var b = await Read(page, second, (await Read(page, second)).Language);
        return a.NamedInTitle().Intersect(b.NamedInTitle()).Count() >= 2;
    }
}
