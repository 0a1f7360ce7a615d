using ArchivePortal.Ingest.Intake;
using System.Net;
using System.Net.Http.Headers;
using Polly;
using Polly.Retry;

namespace ArchivePortal.Ingest.Crawling;

/// <summary>
/// Fetches one URL politely and defensively: each request waits for its host's turn
/// (<see cref="HostPoliteness"/>), has a timeout covering the whole body, stops reading past the size limit,
/// is retried with exponential backoff on 429, 5xx and network errors (Polly) honouring Retry-After, and
/// is conditional when validators are known. Redirects are followed here, not by HttpClient, so that
/// every hop is checked against robots.txt and the scope, counted, and a loop is caught.
/// Expected failures come back as <see cref="FetchResult"/> values with a stable code; only cancellation throws.
/// </summary>
public sealed class PageFetcher
{
    readonly HttpClient http;
    readonly HostPoliteness politeness;
    readonly CrawlOptions options;
    readonly ResiliencePipeline<Attempt> retries;

    public PageFetcher(HttpClient http, HostPoliteness politeness, CrawlOptions options)
    {
        this.http = http;
        this.politeness = politeness;
        this.options = options;
        var builder = new ResiliencePipelineBuilder<Attempt>();
        if (options.MaxRetries > 0)
            builder.AddRetry(new RetryStrategyOptions<Attempt>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                Delay = options.RetryBaseDelay,
                ShouldHandle = new PredicateBuilder<Attempt>()
                    .Handle<HttpRequestException>()
                    .Handle<IOException>()
                    .HandleResult(a => a.IsRetryable(options.MaxRetryAfter)),
                // Retry-After, when the server sent one, replaces the backoff (HostPoliteness also holds the host until then).
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter),
            });
        retries = builder.Build();
    }

    /// <summary>A handler and client for crawling: no automatic redirects, no cookies, no overall timeout (each request has its own).</summary>
    public static HttpClient CreateClient(CrawlOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
            ConnectTimeout = options.Timeout,
        };
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        return client;
    }

    /// <summary>Fetches <paramref name="url"/>.</summary>
    /// <param name="validators">From the previous fetch, to make the request conditional; null for none.</param>
    /// <param name="refuseRedirect">Returns why a redirect target may not be followed (robots.txt, scope), or null.</param>
    /// <param name="acceptMediaType">Whether a response of this media type is read; others fail as unsupported.</param>
    public async Task<FetchResult> FetchAsync(
        Uri url, Validators? validators, Func<Uri, string?> refuseRedirect, Func<string?, bool> acceptMediaType, CancellationToken cancel)
    {
        var chain = new List<Uri> { url };
        var current = url;
        while (true)
        {
            Attempt attempt;
            try
            {
                attempt = await retries.ExecuteAsync(ct => SendOnceAsync(current, validators, acceptMediaType, ct), cancel);
            }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                return FetchResult.Failed(current, IntakeErrorCodes.NetworkError, e.Message);
            }
            if (attempt.Result is { } done) return done;

            var next = UrlNormalizer.Resolve(current, attempt.Location);
            if (next is null)
                return FetchResult.Failed(current, IntakeErrorCodes.RedirectRefused, $"redirect {attempt.Status} without a usable Location", attempt.Status);
            if (chain.Contains(next))
                return FetchResult.Failed(current, IntakeErrorCodes.RedirectLoop, $"redirects loop: {string.Join(" → ", chain.Append(next))}", attempt.Status);
            if (chain.Count > options.MaxRedirects)
                return FetchResult.Failed(current, IntakeErrorCodes.TooManyRedirects, $"more than {options.MaxRedirects} redirects", attempt.Status);
            if (refuseRedirect(next) is { } reason)
                return FetchResult.Failed(current, IntakeErrorCodes.RedirectRefused, $"redirect to {next}: {reason}", attempt.Status);
            chain.Add(next);
            current = next;
        }
    }

    async ValueTask<Attempt> SendOnceAsync(Uri url, Validators? validators, Func<string?, bool> acceptMediaType, CancellationToken cancel)
    {
        var host = CrawlScope.HostKey(url);
        using var turn = await politeness.AcquireAsync(host, cancel);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(options.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,text/plain;q=0.9,application/xml;q=0.8,*/*;q=0.1");
        if (validators?.ETag is { } etag) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        if (validators?.LastModified is { } modified) request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && status != 304)
                return Attempt.Redirect(status, response.Headers.Location?.OriginalString);
            if (status == 304)
                return Attempt.Done(new FetchResult(url, FetchOutcome.NotModified, status, ETag: validators?.ETag, LastModified: validators?.LastModified));
            if (status == 429 || status >= 500)
            {
                var retryAfter = RetryAfter(response.Headers.RetryAfter);
                if (retryAfter is { } wait && wait <= options.MaxRetryAfter) politeness.Defer(host, wait);
                var code = status == 429 ? IntakeErrorCodes.RateLimited : IntakeErrorCodes.ServerError;
                var detail = $"HTTP {status}" + (retryAfter is { } w ? $", Retry-After {w.TotalSeconds:0.#} s" : "");
                return new Attempt(status, null, retryAfter, FetchResult.Failed(url, code, detail, status));
            }
            if (status is 404 or 410)
                return Attempt.Done(FetchResult.Failed(url, IntakeErrorCodes.NotFound, $"HTTP {status}", status));
            if (status >= 400 || status < 200)
                return Attempt.Done(FetchResult.Failed(url, IntakeErrorCodes.ClientError, $"HTTP {status}", status));

            var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();
            if (!acceptMediaType(mediaType))
                return Attempt.Done(FetchResult.Failed(url, IntakeErrorCodes.UnsupportedContentType, $"content type {mediaType ?? "(none)"}", status));
            if (response.Content.Headers.ContentLength > options.MaxPageBytes)
                return Attempt.Done(TooLarge(url, status, response.Content.Headers.ContentLength.Value));
            var body = await ReadLimitedAsync(response.Content, timeout.Token);
            if (body is null) return Attempt.Done(TooLarge(url, status, null));
            return Attempt.Done(new FetchResult(url, FetchOutcome.Fetched, status,
                Body: body, MediaType: mediaType, Charset: response.Content.Headers.ContentType?.CharSet,
                ETag: response.Headers.ETag?.ToString(),
                LastModified: response.Content.Headers.LastModified?.ToString("R")));
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return Attempt.Done(FetchResult.Failed(url, IntakeErrorCodes.Timeout, $"no complete answer within {options.Timeout.TotalSeconds:0.#} s"));
        }
    }

    FetchResult TooLarge(Uri url, int status, long? length) =>
        FetchResult.Failed(url, IntakeErrorCodes.TooLarge,
            $"larger than the limit of {options.MaxPageBytes:N0} bytes" + (length is { } l ? $" (Content-Length {l:N0})" : ""), status);

    // Read in pieces so that a page without Content-Length (or lying about it) is abandoned at the limit, not buffered whole.
    async Task<byte[]?> ReadLimitedAsync(HttpContent content, CancellationToken cancel)
    {
        await using var stream = await content.ReadAsStreamAsync(cancel);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await stream.ReadAsync(chunk, cancel)) > 0)
        {
            if (buffer.Length + n > options.MaxPageBytes) return null;
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    static TimeSpan? RetryAfter(RetryConditionHeaderValue? header)
    {
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        return null;
    }

    /// <summary>One request's answer: a finished result, or a redirect to follow, or a 429/5xx that may be retried.</summary>
    sealed record Attempt(int Status, string? Location, TimeSpan? RetryAfter, FetchResult? Result)
    {
        public static Attempt Done(FetchResult result) => new(result.HttpStatus ?? 0, null, null, result);

        public static Attempt Redirect(int status, string? location) => new(status, location ?? "", null, null);

        public bool IsRetryable(TimeSpan maxRetryAfter) =>
            (Status == 429 || Status >= 500) && (RetryAfter is null || RetryAfter <= maxRetryAfter);
    }
}
