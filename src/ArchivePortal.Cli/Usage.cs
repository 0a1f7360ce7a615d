using Spectre.Console;

namespace ArchivePortal.Cli;

internal static class Usage
{
    public static int Print()
    {
        AnsiConsole.WriteLine("""
            archive — ArchivePortal's command line

              archive import <path>… [--db FILE]        import .md .txt .html .jsonl files or folders
              archive search "<query>" [--limit N] [--offset N] [--sort relevance|newest|oldest] [--json] [--db FILE]
              archive eval <dir>                         run an evaluation set (<dir>/docs, <dir>/queries.yaml)
              archive stats [--db FILE]                  counts per language, year, type
              archive reindex [--db FILE]                re-analyze every record into the index
              archive authorities list [--kind institution|person|topic] [--provisional]
              archive authorities show <id or name>
              archive facets "<query>" [--lang en|zh|vi] [--limit N] [--expand FACET [--filter TEXT]] [--json]
              archive bench --corpus corpus-N.jsonl --queries queries-N.jsonl [--rounds R] [--db EMPTY-FILE]
              archive load --queries queries-N.jsonl [--url URL] [--clients 16,32,64] [--seconds 60] [--pid PID] [--db FILE]
                                                         random uncached searches against a running portal (scripts/load.sh)
              archive crawl <start-url>… [--scope host|prefix] [--max-pages N] [--delay ms] [--concurrency N]
                            [--since yyyy-mm-dd] [--timeout ms] [--max-bytes N] [--retries N] [--contact URL] [--db FILE]
                                                         crawl sites politely (robots.txt, sitemaps); resumes when run again
              archive crawl-report [--db FILE]           URLs that failed or were skipped, with their error codes
              archive backup <file> [--db FILE]          a consistent copy of the database, while the portal runs
              archive restore <file> [--db FILE]         replace the database with a backup (portal stopped), rebuild the index
              archive user add <name> --role admin|archivist|staff   password from standard input, or prompted
              archive user list | disable <name> | enable <name> | reset-password <name> | set-role <name> <role>
              archive bulk-tag "<query>" --add|--remove KIND:ID --user NAME [--filter FIELD:VALUE,…] [--yes]
                                                         file every match under an authority, or take it off, as one change
              archive changes [--user NAME] [--record ID] [--authority ID] [--limit N]   the audit log, newest first
              archive revert <change> --user NAME       undo a change (refused when a later change touched its fields)
              archive saved add <user> "<query>" [--name N] [--filter F:V,…] [--lang L] [--digest none|daily|weekly]
              archive saved import <user> <file.jsonl> [--limit N] | saved list <user>   saved searches and their feed paths
              archive user set-email <name> <address> [--lang en|zh|vi]   where (and in which language) digests go
              archive digest [--dry-run] [--public-url URL]   mail the saved-search digests that are due (SMTP: Archive__Smtp__*)

            The database is --db, else $Archive__Database, else index-data/archive.db (the last two
            from the checkout's folder, as the portal takes them). Authorities are read from
            --authorities DIR, else the folder the archive was built with, else content/authorities.
            Query language: words, "phrases", AND OR NOT, -word, ( ), title: lang: type: institution:
            person: topic: date:2020 date:2020-05..2021-03
            """);
        return 0;
    }
}
