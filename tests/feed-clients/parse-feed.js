// Parses a feed at a URL with the npm `feedparser` package (what many Node feed readers use) and
// prints what a reader shows as JSON: the feed's title and link, each entry's title, link, guid,
// dates and categories. Exit code 1 on a parse error, with the error on stderr.
const FeedParser = require('feedparser');
const { Readable } = require('stream');

async function main(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  const parser = new FeedParser({ feedurl: url });
  const entries = [];
  let meta = null;
  await new Promise((resolve, reject) => {
    parser.on('error', reject);
    parser.on('meta', m => { meta = m; });
    parser.on('readable', function () {
      let item;
      while ((item = this.read())) {
        entries.push({
          title: item.title, link: item.link, guid: item.guid,
          published: item.pubdate && item.pubdate.toISOString(),
          updated: item.date && item.date.toISOString(),
          author: item.author, categories: item.categories, summary: item.summary,
        });
      }
    });
    parser.on('end', resolve);
    Readable.fromWeb(response.body).pipe(parser);
  });
  process.stdout.write(JSON.stringify({ title: meta && meta.title, link: meta && meta.link, type: meta && meta['#type'], entries }));
}

main(process.argv[2]).catch(e => { console.error(e.message); process.exit(1); });
