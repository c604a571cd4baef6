/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Simulator
{
    /// <summary>
    /// The error codes the simulator answers with (HTTP 200, <c>{"code":N,"msg":"..."}</c>).
    /// BTCC publishes no error-code table: only <c>code == 0</c> (success) and the login refusals 207 ("API-keys
    /// … aren't up to date") and 209 ("API KEY NOT TRADE AUTH") have been seen. 207 also answers an expired or
    /// unknown token here (<see cref="BtccSimulatorOptions.TokenExpiredCode"/> changes that). Every other number
    /// below is the simulator's own choice, one per failure a client must tell apart.
    /// </summary>
    public static class SimulatorErrorCodes
    {
        /// <summary>Success.</summary>
        public const int Ok = 0;
        /// <summary>A required parameter is missing or malformed.</summary>
        public const int InvalidParameter = 201;
        /// <summary>The <c>sign</c> does not match the parameters.</summary>
        public const int WrongSign = 202;
        /// <summary>Unknown <c>api_key</c>.</summary>
        public const int WrongApiKey = 203;
        /// <summary>Unknown user or wrong password.</summary>
        public const int WrongPassword = 204;
        /// <summary>Wrong <c>company_id</c>.</summary>
        public const int WrongCompany = 205;
        /// <summary>The <c>accountid</c>/<c>accountNo</c> is not the logged-in account.</summary>
        public const int AccountMismatch = 206;
        /// <summary>Token expired or unknown (the default <see cref="BtccSimulatorOptions.TokenExpiredCode"/>).</summary>
        public const int TokenExpired = 207;
        /// <summary>Login with an API key that is out of date (seen at BTCC).</summary>
        public const int ApiKeyOutOfDate = 207;
        /// <summary>Login with an API key without trade permission (seen at BTCC).</summary>
        public const int ApiKeyNotTradeAuthorised = 209;
        /// <summary>Unknown symbol path.</summary>
        public const int SymbolNotFound = 301;
        /// <summary>The symbol is not tradable (tradable 0).</summary>
        public const int NotTradable = 302;
        /// <summary>Buy on a sell-only or sell on a buy-only symbol.</summary>
        public const int DirectionNotAllowed = 303;
        /// <summary>Volume below volumes_min, above volumes_max, off volumes_step, or above the position's volume.</summary>
        public const int BadVolume = 304;
        /// <summary>Not enough free margin for the order.</summary>
        public const int InsufficientMargin = 305;
        /// <summary><c>multiple</c> is not a whole leverage from 1 to the symbol path's maximum (its suffix).</summary>
        public const int BadLeverage = 306;
        /// <summary>Missing or non-positive price where one is needed.</summary>
        public const int BadPrice = 307;
        /// <summary>The <c>direction</c> does not fit the position being closed.</summary>
        public const int DirectionMismatch = 308;
        /// <summary>Unknown or pending-order type.</summary>
        public const int BadOrderType = 309;
        /// <summary>A limit price on the wrong side of the market, under <see cref="MarketableLimitPolicy.Refuse"/>.</summary>
        public const int LimitOnWrongSide = 310;
        /// <summary>No open position with that id.</summary>
        public const int PositionNotFound = 401;
        /// <summary>No pending order with that id.</summary>
        public const int OrderNotFound = 402;
        /// <summary>The pending order is no longer open (triggered, cancelled or declined).</summary>
        public const int OrderNotModifiable = 403;
    }

    /// <summary>A request the simulator refuses with a BTCC-style error code.</summary>
    public sealed class SimulatorException : Exception
    {
        /// <summary>Creates the refusal.</summary>
        public SimulatorException(int code, string message) : base(message) => Code = code;

        /// <summary>The <see cref="SimulatorErrorCodes"/> value.</summary>
        public int Code { get; }
    }
}
