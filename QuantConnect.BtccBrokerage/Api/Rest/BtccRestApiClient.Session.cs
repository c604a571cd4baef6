/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Runtime.ExceptionServices;
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Api.Rest
{
    /// <summary>
    /// The session half of the client: login (with the signature-variant fallback), first login on demand and
    /// renewal after a token-invalid code.
    /// </summary>
    public sealed partial class BtccRestApiClient
    {
        /// <summary>
        /// Logs in (<c>POST /v1/user/login</c>) and keeps the token, account id, account number and group.
        /// </summary>
        public async Task<BtccLoginResponse> LoginAsync(CancellationToken cancellationToken = default)
        {
            await _loginLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await LoginCoreAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _loginLock.Release();
            }
        }

        private async Task<BtccLoginResponse> LoginCoreAsync(CancellationToken cancellationToken)
        {
            var encoding = SignEncoding;
            BtccLoginResponse response;
            try
            {
                response = await SendLoginAsync(encoding, cancellationToken).ConfigureAwait(false);
            }
            catch (BtccApiException refused) when (MayBeTheSignature(refused))
            {
                // BTCC's code for a bad signature is unknown, so any refusal not about the key may be the variant
                var other = encoding.Other();
                try
                {
                    response = await SendLoginAsync(other, cancellationToken).ConfigureAwait(false);
                }
                catch (BtccApiException again) when (again is not BtccAmbiguousResultException)
                {
                    BtccLog.Trace("BtccRestApiClient", "Login", $"login refused signed {encoding.Name()} (code {refused.Code} '{refused.BtccMessage}') and {other.Name()} (code {again.Code} '{again.BtccMessage}')");
                    ExceptionDispatchInfo.Throw(refused);
                    throw;
                }
                _signEncoding = (int)other;
                _signEncodingLogged = true;
                BtccLog.Trace("BtccRestApiClient", "Login", $"BTCC refused the login signed with {encoding.Name()} values (code {refused.Code} '{refused.BtccMessage}') and accepted it signed with {other.Name()} values: signing {other.Name()} from now on (set {BtccSettingKeys.SignEncoding}={other.Name()} to skip the retry)");
            }
            if (!_signEncodingLogged)
            {
                _signEncodingLogged = true;
                var confirmed = BtccRequestSigner.VariantsDiffer(LoginParameters(), _settings.ApiSecret)
                    ? "BTCC accepted it"
                    : "not confirmed: no login value needs encoding";
                BtccLog.Trace("BtccRestApiClient", "Login", $"signing with {encoding.Name()} values ({BtccSettingKeys.SignEncoding}; {confirmed})");
            }

            if (string.IsNullOrEmpty(response.Token))
            {
                throw new BtccApiException(response.Code, "login reply carried no token", BtccEndpoint.Login.Path);
            }
            var session = new BtccSession(response.Token, response.Account.Id, response.Account.AccountNo, response.Account.AccountGroupId, response.ServerTime);
            if (response.ServerTime > 0)
            {
                Interlocked.Exchange(ref _serverClockOffsetSeconds, response.ServerTime - _timeProvider.GetUtcNow().ToUnixTimeSeconds());
            }
            _session = session;
            Interlocked.Increment(ref _loginCount);
            BtccLog.Trace("BtccRestApiClient", "Login", $"logged in: account {session.AccountId} ({session.AccountNo}), group {session.AccountGroupId}");
            LoggedIn?.Invoke(this, session);
            return response;
        }

        /// <summary>One login request signed with <paramref name="encoding"/>, retried on ambiguous failures.</summary>
        private async Task<BtccLoginResponse> SendLoginAsync(BtccSignEncoding encoding, CancellationToken cancellationToken)
            => await _readPipeline.ExecuteAsync(
                async token => await SendOnceAsync<BtccLoginResponse>(BtccEndpoint.Login, (p, _) => FillLogin(p), token, encoding).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);

        private BtccParameters FillLogin(BtccParameters parameters) => parameters
            .Add("user_name", _settings.UserName)
            .Add("password", _settings.Password)
            .Add("company_id", _settings.CompanyId)
            .Add("api_key", _settings.ApiKey);

        private BtccParameters LoginParameters() => FillLogin(new BtccParameters());

        /// <summary>
        /// Whether a refused login may be the signature variant's fault: BTCC read and refused it, not for the key
        /// itself, and the other variant signs the login differently.
        /// </summary>
        private bool MayBeTheSignature(BtccApiException refused)
            => refused.IsRefusal
                && !BtccLoginCodes.IsKeyProblem(refused.Code)
                && BtccRequestSigner.VariantsDiffer(LoginParameters(), _settings.ApiSecret);

        /// <summary>Logs in unless a session exists.</summary>
        private async Task<BtccSession> EnsureSessionAsync(CancellationToken cancellationToken)
        {
            var session = _session;
            if (session != null)
            {
                return session;
            }
            await _loginLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (_session == null)
                {
                    await LoginCoreAsync(cancellationToken).ConfigureAwait(false);
                }
                return _session!;
            }
            finally
            {
                _loginLock.Release();
            }
        }

        /// <summary>Logs in again unless another request already replaced <paramref name="stale"/>.</summary>
        private async Task RenewSessionAsync(BtccSession stale, CancellationToken cancellationToken)
        {
            await _loginLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (ReferenceEquals(_session, stale) || _session == null)
                {
                    BtccLog.Trace("BtccRestApiClient", "RenewSession", "token rejected by BTCC, logging in again");
                    await LoginCoreAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                _loginLock.Release();
            }
        }
    }
}
