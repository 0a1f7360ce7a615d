namespace ArchivePortal.Core.Querying;

/// <summary>The text part of a parsed query: words, phrases and the boolean operators between them.</summary>
public abstract record QueryNode;

/// <summary>
/// One word as typed (it may analyze to several tokens, e.g. an unsegmented Chinese run);
/// TitleOnly is set for <c>title:word</c>.
/// </summary>
public sealed record TermNode(string Text, bool TitleOnly = false) : QueryNode;

/// <summary>A quoted phrase: its tokens must be adjacent and in order.</summary>
public sealed record PhraseNode(string Text, bool TitleOnly = false) : QueryNode;

public sealed record AndNode(IReadOnlyList<QueryNode> Children) : QueryNode;

public sealed record OrNode(IReadOnlyList<QueryNode> Children) : QueryNode;

/// <summary>Excludes what its child matches; only meaningful next to something that includes.</summary>
public sealed record NotNode(QueryNode Child) : QueryNode;
