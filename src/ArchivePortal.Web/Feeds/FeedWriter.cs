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
        var feed = new SyndicationFeed(Xml(content.Title), Xml(content.Subtitle), content.Alternate, content.Id, content.LastModified)
        {
            Language = texts.HtmlLang,
            Generator = texts["site.name"],
        };
        feed.Links.Add(new SyndicationLink(content.Self, "self", Xml(content.Title), format.MediaType, 0));
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
        var item = new SyndicationItem { Title = new TextSyndicationContent(Xml(hit.Title)), Id = url.AbsoluteUri, LastUpdatedTime = record.Updated, PublishDate = published };
        item.Links.Add(SyndicationLink.CreateAlternateLink(url));
        // The snippet, not the record: a feed points to the archive, it is not a copy of it.
        item.Summary = new TextSyndicationContent(Xml(hit.SnippetHtml), TextSyndicationContentKind.Html);
        foreach (var institution in record.Institutions.Take(1))
            item.Authors.Add(new SyndicationPerson { Name = Xml(Label(AuthorityKinds.Institution, institution, texts.Language)) });
        if (item.Authors.Count == 0 && !string.IsNullOrWhiteSpace(hit.Institution)) item.Authors.Add(new SyndicationPerson { Name = Xml(hit.Institution) });
        foreach (var person in record.Persons)
            item.Categories.Add(new SyndicationCategory(Xml(Label(AuthorityKinds.Person, person, texts.Language)), new Uri(content.Alternate, "/search?f=person:" + Uri.EscapeDataString(person)).AbsoluteUri, texts["facet.person"]));
        foreach (var topic in record.Topics)
            item.Categories.Add(new SyndicationCategory(Xml(Label(AuthorityKinds.Topic, topic, texts.Language)), new Uri(content.Alternate, "/search?f=topic:" + Uri.EscapeDataString(topic)).AbsoluteUri, texts["facet.topic"]));
        return item;
    }

    /// <summary>
    /// The text without the characters XML 1.0 cannot hold (controls, lone surrogates, U+FFFE and
    /// U+FFFF), which a title or a query may carry: the writer would refuse the whole feed.
    /// </summary>
    static string Xml(string text)
    {
        if (text.All(XmlConvert.IsXmlChar)) return text;
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) sb.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) sb.Append(text[i]).Append(text[++i]);
        }
        return sb.ToString();
    }

    string Label(string kind, string id, string language) => authorities.Get(kind, id)?.Label(language) ?? id;
}
