/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections.Concurrent;
using System.Globalization;

namespace QuantConnect.Brokerages.Btcc.Simulator.Rest
{
    /// <summary>
    /// Login and token checks. A token lives as long as it keeps being used: any authenticated call (keepalive
    /// included) restarts its TokenLifetime.
    /// </summary>
    internal sealed class SessionStore
    {
        private readonly BtccSimulatorOptions _options;
        private readonly ConcurrentDictionary<string, DateTimeOffset> _lastSeen = new(StringComparer.Ordinal);
        private long _counter;

        /// <summary>Creates the store for the options' single account.</summary>
        public SessionStore(BtccSimulatorOptions options) => _options = options;

        /// <summary>Checks the login call (api key, sign, user and password, company) and issues a token.</summary>
        public string Login(RestCall call)
        {
            if (call.Required("api_key") != _options.ApiKey)
            {
                throw new SimulatorException(SimulatorErrorCodes.WrongApiKey, "invalid api key");
            }
            if (!RequestSignature.IsValid(call, _options.ApiSecret, _options.SignsRawValues))
            {
                throw new SimulatorException(SimulatorErrorCodes.WrongSign, "sign error");
            }
            if (call.Required("user_name") != _options.UserName || call.Required("password") != _options.Password)
            {
                throw new SimulatorException(SimulatorErrorCodes.WrongPassword, "wrong user name or password");
            }
            if (call.RequiredLong("company_id") != _options.CompanyId)
            {
                throw new SimulatorException(SimulatorErrorCodes.WrongCompany, "wrong company id");
            }
            // the key's own state, as independent clients have seen BTCC answer it
            if (_options.Faults.ApiKeyOutOfDate)
            {
                throw new SimulatorException(SimulatorErrorCodes.ApiKeyOutOfDate, "API-keys you are using aren't up to date");
            }
            if (_options.Faults.ApiKeyNotTradeAuthorised)
            {
                throw new SimulatorException(SimulatorErrorCodes.ApiKeyNotTradeAuthorised, "API KEY NOT TRADE AUTH");
            }
            // BTCC-looking 23-digit token: user id, unix time, sequence.
            var now = DateTimeOffset.UtcNow;
            var token = string.Create(CultureInfo.InvariantCulture,
                $"{UserId:D10}{now.ToUnixTimeSeconds():D10}{Interlocked.Increment(ref _counter) % 1000:D3}");
            _lastSeen[token] = now;
            return token;
        }

        /// <summary>Checks sign, token and (when sent) accountid/accountNo of an authenticated call.</summary>
        public void Authenticate(RestCall call)
        {
            if (!RequestSignature.IsValid(call, _options.ApiSecret, _options.SignsRawValues))
            {
                throw new SimulatorException(SimulatorErrorCodes.WrongSign, "sign error");
            }
            var token = call.Optional("token");
            var now = DateTimeOffset.UtcNow;
            if (token is null || !_lastSeen.TryGetValue(token, out var lastSeen) || now - lastSeen > _options.TokenLifetime)
            {
                if (token is not null) _lastSeen.TryRemove(token, out _);
                throw new SimulatorException(_options.TokenExpiredCode, "key expired");
            }
            // only a token still held: one expired meanwhile (ExpireAll) stays expired
            _lastSeen.TryUpdate(token, now, lastSeen);
            if (call.Optional("accountid") is { } accountId && accountId != _options.AccountId.ToString(CultureInfo.InvariantCulture))
            {
                throw new SimulatorException(SimulatorErrorCodes.AccountMismatch, "account mismatch");
            }
            if (call.Optional("accountNo") is { } accountNo && accountNo != _options.AccountNo)
            {
                throw new SimulatorException(SimulatorErrorCodes.AccountMismatch, "account mismatch");
            }
        }

        /// <summary>Every issued token now answers 207.</summary>
        public void ExpireAll() => _lastSeen.Clear();

        /// <summary>The account's user id (login's <c>account.userid</c>).</summary>
        public const long UserId = 1341;

        /// <summary>The account group id.</summary>
        public const long AccountGroupId = 13;
    }
}
