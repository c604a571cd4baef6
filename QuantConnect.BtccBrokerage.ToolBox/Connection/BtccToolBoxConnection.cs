/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.ToolBox.Connection
{
    /// <summary>
    /// The one place where ToolBox apps get a logged-in BTCC connection. Apps call <see cref="OpenAsync"/>;
    /// tests install another connector with <see cref="Use"/>.
    /// </summary>
    public static class BtccToolBoxConnection
    {
        private static readonly AsyncLocal<Func<BtccToolBoxSettings, CancellationToken, Task<IBtccToolBoxConnection>>?> Override = new();

        /// <summary>Reads the <c>btcc-*</c> settings from Config and opens a connection.</summary>
        /// <exception cref="ToolBoxConfigurationException">A setting is missing; its key is named.</exception>
        public static Task<IBtccToolBoxConnection> OpenAsync(CancellationToken cancellationToken)
        {
            var settings = BtccToolBoxSettings.FromConfig();
            var connector = Override.Value ?? BtccLiveConnection.ConnectAsync;
            return connector(settings, cancellationToken);
        }

        /// <summary>
        /// Uses <paramref name="connector"/> instead of the live connection for the current async flow
        /// until the returned scope is disposed.
        /// </summary>
        public static IDisposable Use(Func<BtccToolBoxSettings, CancellationToken, Task<IBtccToolBoxConnection>> connector)
        {
            var previous = Override.Value;
            Override.Value = connector ?? throw new ArgumentNullException(nameof(connector));
            return new Scope(() => Override.Value = previous);
        }

        private sealed class Scope(Action dispose) : IDisposable
        {
            private Action? _dispose = dispose;

            public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
        }
    }
}
