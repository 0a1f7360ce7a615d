using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using ArchivePortal.Core.Authorities;
using ArchivePortal.Web.Localization;

namespace ArchivePortal.Web.Feeds;

/// <summary>
/// Writes a feed as Atom 1.0 or RSS 2.0 with System.ServiceModel.Syndication and an XmlWriter, so
/// every title, name and snippet is escaped by the writer, never pasted into markup. Each entry:
/// the permanent record URL as id and link, the title, published (the record's date, else its
/// import) and updated times, the institution as author, persons and topics as categories
/// labelled in the feed's language, and the search snippet as an HTML summary.
/// </summary>
public sealed class FeedWriter(AuthorityRegistry authorities)
{
    public async Task WriteAsync(Stream output, FeedContent content, FeedFormat format, Texts texts)
    {
        var feed = new SyndicationFeed(content.Title, content.Subtitle, content.Alternate, content.Id, content.LastModified)
        {
            Language = texts.HtmlLang,
            Generator = texts["site.name"],
        };
        feed.Links.Add(new SyndicationLink(content.Self, "self", content.Title, format.MediaType, 0));
        // Atom needs an author for every entry: the portal's, where a record names no institution.
        feed.Authors.Add(new SyndicationPerson { Name = texts["site.name"] });
        feed.Items = content.Entries.Select(e => Item(e.Hit, e.Record, content, texts)).ToList();

        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Async = true, Indent = false };
        await using var writer = XmlWriter.Create(output, settings);
        SyndicationFeedFormatter formatter = format == FeedFormat.Atom ? new Atom10FeedFormatter(feed) : new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: false);
        formatter.WriteTo(writer);
        await writer.FlushAsync();
    }

    SyndicationItem Item(Core.Search.SearchHit hit, Storage.Feeds.FeedRecord record, FeedContent content, Texts texts)
    {
        var url = new Uri(content.Alternate, "/records/" + Uri.EscapeDataString(hit.Id));
        var published = hit.Date is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : record.Imported;
        var item = new SyndicationItem(hit.Title, SyndicationContent.CreateHtmlContent(hit.SnippetHtml), url, url.AbsoluteUri, record.Updated)
        {
            PublishDate = published,
            Summary = new TextSyndicationContent(hit.SnippetHtml, TextSyndicationContentKind.Html),
        };
        item.Content = null; // the summary says it; a feed is not the archive
        foreach (var institution in record.Institutions.Take(1))
            item.Authors.Add(new SyndicationPerson { Name = Label(AuthorityKinds.Institution, institution, texts.Language) });
        if (item.Authors.Count == 0 && !string.IsNullOrWhiteSpace(hit.Institution)) item.Authors.Add(new SyndicationPerson { Name = hit.Institution });
        foreach (var person in record.Persons)
            item.Categories.Add(new SyndicationCategory(Label(AuthorityKinds.Person, person, texts.Language), new Uri(content.Alternate, "/search?f=person:" + Uri.EscapeDataString(person)).AbsoluteUri, texts["facet.person"]));
        foreach (var topic in record.Topics)
            item.Categories.Add(new SyndicationCategory(Label(AuthorityKinds.Topic, topic, texts.Language), new Uri(content.Alternate, "/search?f=topic:" + Uri.EscapeDataString(topic)).AbsoluteUri, texts["facet.topic"]));
        return item;
    }

    string Label(string kind, string id, string language) => authorities.Get(kind, id)?.Label(language) ?? id;
}
