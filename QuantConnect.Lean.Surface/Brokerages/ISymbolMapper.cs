/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages
{
    /// <summary>Maps LEAN symbols to brokerage tickers and back (stand-in for QuantConnect.Brokerages.ISymbolMapper).</summary>
    public interface ISymbolMapper
    {
        /// <summary>The brokerage's ticker of a LEAN symbol.</summary>
        string GetBrokerageSymbol(Symbol symbol);

        /// <summary>The LEAN symbol of a brokerage ticker.</summary>
        Symbol GetLeanSymbol(string brokerageSymbol, SecurityType securityType, string market,
            DateTime expirationDate = default(DateTime), decimal strike = 0, OptionRight optionRight = 0);
    }
}
