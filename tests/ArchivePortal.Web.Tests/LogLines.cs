using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ArchivePortal.Web.Tests;

/// <summary>Keeps what the portal logs, to read back the lines an operator would see.</summary>
public sealed class LogLines : ILoggerProvider
{
    readonly ConcurrentQueue<(string Category, string Message)> lines = new();

    public IReadOnlyList<string> Of(string category) => lines.Where(l => l.Category == category).Select(l => l.Message).ToList();

    public IReadOnlyList<string> All() => lines.Select(l => l.Message).ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

    public void Dispose() { }

    sealed class Logger(string category, ConcurrentQueue<(string, string)> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue((category, formatter(state, exception)));
    }
}
