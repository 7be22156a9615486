using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Regie.Tests.Infrastructure;

/// <summary>
/// Writes every log message of the app under test (Information and up, with exceptions) to a file in REGIE_TEST_LOG_DIR,
/// and every BSN or ECK iD a test makes up to sensitive-values.txt beside it, so the test script can prove afterwards that
/// no log of the whole suite contains one (scripts/check-test-logs.py).
/// </summary>
[ProviderAlias("LogCapture")]
public sealed class LogCapture : ILoggerProvider
{
    private static readonly string? Directory = Environment.GetEnvironmentVariable("REGIE_TEST_LOG_DIR");
    private static readonly ConcurrentDictionary<string, bool> Recorded = new();
    private static readonly Lock SensitiveLock = new();
    private readonly StreamWriter? _writer;
    private readonly Lock _lock = new();

    public LogCapture(string name)
    {
        if (Directory is null) return;
        System.IO.Directory.CreateDirectory(Directory);
        _writer = new StreamWriter(Path.Combine(Directory, $"{name}-{Guid.NewGuid():N}.log")) { AutoFlush = true };
    }

    /// <summary>Records a made-up BSN, onderwijsnummer or ECK iD that must never appear in a log.</summary>
    public static void Sensitive(string value)
    {
        if (Directory is null || !Recorded.TryAdd(value, true)) return;
        System.IO.Directory.CreateDirectory(Directory);
        lock (SensitiveLock) File.AppendAllText(Path.Combine(Directory, "sensitive-values.txt"), value + "\n");
    }

    public ILogger CreateLogger(string categoryName) => new Writer(this, categoryName);

    private void Write(string line)
    {
        if (_writer is null) return;
        lock (_lock) _writer.WriteLine(line);
    }

    public void Dispose()
    {
        lock (_lock) _writer?.Dispose();
    }

    private sealed class Writer(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => owner._writer is not null && logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            owner.Write($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : "\n" + exception)}");
        }
    }
}
