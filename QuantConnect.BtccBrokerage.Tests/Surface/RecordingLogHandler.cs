using QuantConnect.Logging;

namespace QuantConnect.Brokerages.Btcc.Tests.Surface
{
    /// <summary>Captures log lines; installs itself as LEAN's log handler until disposed.</summary>
    internal sealed class RecordingLogHandler : ILogHandler
    {
        private readonly ILogHandler _previous;

        public RecordingLogHandler()
        {
            _previous = Log.LogHandler;
            Log.LogHandler = this;
        }

        public List<string> Errors { get; } = new();
        public List<string> Traces { get; } = new();
        public List<string> Debugs { get; } = new();

        public void Error(string text)
        {
            lock (Errors)
            {
                Errors.Add(text);
            }
        }

        public void Debug(string text)
        {
            lock (Debugs)
            {
                Debugs.Add(text);
            }
        }

        public void Trace(string text)
        {
            lock (Traces)
            {
                Traces.Add(text);
            }
        }

        public void Dispose()
        {
            Log.LogHandler = _previous;
        }
    }
}
