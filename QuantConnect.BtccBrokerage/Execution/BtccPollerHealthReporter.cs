/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Rest;

namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>
    /// What the fill poller's health tells LEAN: a Disconnect when polling keeps failing and a Reconnect (with a fill
    /// catch-up) when it works again, a Warning when requests hang, and an Error only when BTCC refuses the API key.
    /// </summary>
    internal sealed class BtccPollerHealthReporter
    {
        private readonly IBtccFillSink _sink;
        private readonly BtccFillCatchUp _catchUp;
        private readonly BtccApiSettings _api;
        private volatile bool _reportedDown;

        /// <summary>The code of the login refusal last reported as an Error (0: none since the last login).</summary>
        private int _reportedLoginRefusal;

        /// <summary>Creates the reporter.</summary>
        /// <param name="sink">Receives the messages.</param>
        /// <param name="catchUp">Asked for a fill catch-up when polling works again.</param>
        /// <param name="api">The settings a login refusal's message names.</param>
        public BtccPollerHealthReporter(IBtccFillSink sink, BtccFillCatchUp catchUp, BtccApiSettings api)
        {
            _sink = sink;
            _catchUp = catchUp;
            _api = api;
        }

        /// <summary>A login succeeded: a later refusal is reported again.</summary>
        public void LoginRenewed() => Interlocked.Exchange(ref _reportedLoginRefusal, 0);

        /// <summary>A poll failed.</summary>
        public void OnPollFailed(Exception error)
        {
            BtccLog.Trace("BtccPollerHealthReporter", "PollFailed", $"poll failed: {BtccRestApiClient.Describe(error)}");
            if (error is BtccApiException refused && BtccLoginRefusal.Applies(refused))
            {
                // the session's renewal was refused: one Error per refusal code, until a login succeeds again
                if (Interlocked.Exchange(ref _reportedLoginRefusal, refused.Code) != refused.Code)
                {
                    _sink.Message(new BrokerageMessageEvent(BrokerageMessageType.Error, refused.Code, BtccLoginRefusal.Describe(refused.Code, refused.BtccMessage, _api)));
                }
                return;
            }
            if (error is BtccApiException api && api is not BtccAmbiguousResultException && IsRevokedKey(api))
            {
                _sink.Message(new BrokerageMessageEvent(BrokerageMessageType.Error, api.Code, $"BTCC refuses the API key: {api.BtccMessage}"));
            }
        }

        /// <summary>The watchdog saw no successful poll for a while (a hung request): one Warning, then the Disconnect.</summary>
        public void OnStalled(TimeSpan silent)
            => _sink.Message(new BrokerageMessageEvent(BrokerageMessageType.Warning, "RequestStall",
                $"BTCC answered no order and fill poll for {silent.TotalSeconds:0} s (requests hang); retrying until it answers"));

        /// <summary>The poller became unhealthy (false) or healthy again (true).</summary>
        public void OnHealthChanged(bool healthy)
        {
            if (!healthy)
            {
                if (!_reportedDown)
                {
                    _reportedDown = true;
                    _sink.Message(BrokerageMessageEvent.Disconnected("BTCC order and fill polling is failing; retrying"));
                }
                return;
            }
            if (_reportedDown)
            {
                _reportedDown = false;
                _catchUp.Request();
                _sink.Message(BrokerageMessageEvent.Reconnected("BTCC order and fill polling works again; catching up fills"));
            }
        }

        /// <summary>BTCC's refusal of the key itself (not a passing token problem the client renews).</summary>
        private static bool IsRevokedKey(BtccApiException error)
            => error.BtccMessage.Contains("NOT TRADE AUTH", StringComparison.OrdinalIgnoreCase) || error.Code == 209;
    }
}
