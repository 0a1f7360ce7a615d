using ArchivePortal.Ingest.Intake;
namespace ArchivePortal.Ingest.Crawling;

/// <summary>The validators of a previous fetch, sent back as If-None-Match and If-Modified-Since.</summary>
public sealed record Validators(string? ETag, string? LastModified)
{
    public bool IsEmpty => ETag is null && LastModified is null;
}

public enum FetchOutcome
{
    /// <summary>A 2xx answer whose body was read.</summary>
    Fetched,
    /// <summary>304: the page has not changed since the validators were issued.</summary>
    NotModified,
    /// <summary>No usable answer; <see cref="FetchResult.ErrorCode"/> is one of <see cref="IntakeErrorCodes"/>.</summary>
    Failed,
}

/// <summary>What fetching one URL gave, after redirects and retries.</summary>
/// <param name="Url">The URL that answered: the requested one, or where its redirects led.</param>
public sealed record FetchResult(
    Uri Url,
    FetchOutcome Outcome,
    int? HttpStatus,
    string? ErrorCode = null,
    string? ErrorDetail = null,
    byte[]? Body = null,
    string? MediaType = null,
    string? Charset = null,
    string? ETag = null,
    string? LastModified = null)
{
    public static FetchResult Failed(Uri url, string code, string detail, int? status = null) =>
        new(url, FetchOutcome.Failed, status, code, detail);
}
