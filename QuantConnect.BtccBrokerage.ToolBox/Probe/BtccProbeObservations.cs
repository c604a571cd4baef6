/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Net;
using QuantConnect.Brokerages.Btcc.Api;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Probe
{
    /// <summary>One login attempt: how it was signed and sent, and BTCC's code (null: no readable reply).</summary>
    /// <param name="Encoding">The signature variant.</param>
    /// <param name="Transport">Where the POST carried its parameters.</param>
    /// <param name="Status">HTTP status, null when no reply arrived.</param>
    /// <param name="Code">BTCC's <c>code</c>, null when the body had none.</param>
    /// <param name="Message">BTCC's <c>msg</c>, or why no reply came.</param>
    public sealed record BtccProbeLoginAttempt(BtccSignEncoding Encoding, BtccPostParameters Transport, HttpStatusCode? Status, int? Code, string Message)
    {
        /// <summary>Whether BTCC accepted the login.</summary>
        public bool Accepted => Code == 0;
    }

    /// <summary>One REST reply the probe kept: the endpoint's path, the HTTP status and BTCC's code and message.</summary>
    /// <param name="Path">e.g. <c>/v1/account/account</c>.</param>
    /// <param name="Status">HTTP status, null when no reply arrived.</param>
    /// <param name="Code">BTCC's <c>code</c>, null when the body had none.</param>
    /// <param name="Message">BTCC's <c>msg</c>, or the failure.</param>
    /// <param name="Parsed">Whether the plugin's model read the reply without error.</param>
    public sealed record BtccProbeReply(string Path, HttpStatusCode? Status, int? Code, string Message, bool Parsed);

    /// <summary>What the quote socket showed during the probe's window.</summary>
    public sealed record BtccProbeQuoteObservation
    {
        /// <summary>Whether the socket upgraded at all.</summary>
        public bool Connected { get; init; }

        /// <summary>Why it did not, when it did not.</summary>
        public string? ConnectError { get; init; }

        /// <summary>The login reply's <c>action</c>; null when it had none, or no login reply came.</summary>
        public string? LoginAction { get; init; }

        /// <summary>Whether a login reply (data.LoginResult) arrived.</summary>
        public bool LoginReplied { get; init; }

        /// <summary>data.LoginResult (0 = success) when a login reply arrived.</summary>
        public int? LoginResult { get; init; }

        /// <summary>The dictionary packet's <c>action</c> (null: none, or no dictionary came).</summary>
        public string? DictionaryAction { get; init; }

        /// <summary>The market-hours packet's <c>action</c> (null: no such packet came).</summary>
        public string? TradingHoursAction { get; init; }

        /// <summary>The dictionary's SecID of each ShortName.</summary>
        public IReadOnlyDictionary<string, long> DictionarySecIds { get; init; } = new Dictionary<string, long>();

        /// <summary>How many ReqSubcri were sent.</summary>
        public int Subscribes { get; init; }

        /// <summary>dealticksnap frames received.</summary>
        public int DealTickSnaps { get; init; }

        /// <summary>Empty text frames received.</summary>
        public int EmptyFrames { get; init; }

        /// <summary>Frames received per kind.</summary>
        public IReadOnlyDictionary<string, int> FramesByKind { get; init; } = new Dictionary<string, int>();

        /// <summary>The last bid seen for the subscribed SecID (0: none), for a far-from-market order price.</summary>
        public decimal LastBid { get; init; }

        /// <summary>How long the socket was read.</summary>
        public TimeSpan Window { get; init; }
    }
}
