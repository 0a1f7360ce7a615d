"""Parses a feed at a URL with Python's feedparser (the universal feed parser) and prints what a
reader shows as JSON. Exit code 1 when feedparser calls the feed malformed (bozo)."""
import json
import sys

import feedparser


def main(url: str) -> int:
    d = feedparser.parse(url)
    if d.bozo:
        print(f"malformed feed: {d.bozo_exception}", file=sys.stderr)
        return 1
    out = {
        "version": d.version,
        "title": d.feed.get("title"),
        "link": d.feed.get("link"),
        "entries": [
            {
                "title": e.get("title"),
                "link": e.get("link"),
                "id": e.get("id"),
                "published": e.get("published"),
                "updated": e.get("updated"),
                "author": e.get("author"),
                "categories": [t.get("term") for t in e.get("tags", [])],
                "summary": e.get("summary"),
            }
            for e in d.entries
        ],
    }
    print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
