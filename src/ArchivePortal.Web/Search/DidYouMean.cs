using ArchivePortal.Core.Spelling;
using ArchivePortal.Storage.Search;

namespace ArchivePortal.Web.Search;

/// <summary>
/// "Did you mean": the best respelling of a visitor's query (<see cref="IndexSpelling"/>) that finds
/// something with the same filters. Asked on every search, since a query can find records through
/// some words while others match nothing; a query whose words the index all knows costs a few term
/// lookups.
/// </summary>
public sealed class DidYouMean(IndexSpelling spelling)
{
    /// <param name="count">How many records a search finds: a suggestion that finds none is never offered.</param>
    public SpellingSuggestion? For(SearchState state, Func<SearchState, int> count) =>
        state.Query.Length == 0 ? null : spelling.Suggest(state.Query).FirstOrDefault(s => count(state.WithQuery(s.Query)) > 0);
}
