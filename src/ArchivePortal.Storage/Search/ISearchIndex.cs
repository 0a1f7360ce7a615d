using ArchivePortal.Core.Search;

namespace ArchivePortal.Storage.Search;

/// <summary>Full-text search with facets over the archive.</summary>
public interface ISearchIndex
{
    /// <summary>Never throws for any query text: bad syntax is searched as words, with a message.</summary>
    SearchResults Search(SearchRequest request);
}
