namespace QuantConnect.Brokerages.Btcc
{
    /// <summary>
    /// The BTCC market: LEAN has no built-in "btcc" market, so it is registered here, once.
    /// </summary>
    public static class BtccMarket
    {
        /// <summary>LEAN market name of BTCC.</summary>
        public const string Name = "btcc";

        /// <summary>
        /// Numeric market code. LEAN's built-in codes run to 43 and leave 27-32 unassigned; 32 is
        /// the top of that gap, away from the codes LEAN hands out next.
        /// </summary>
        public const int Code = 32;

        private static readonly object Sync = new();

        /// <summary>
        /// Registers "btcc" with LEAN's <see cref="Market"/> if it is not yet known. LEAN's Market.Add
        /// throws on a repeated registration, so every entry point calls this instead.
        /// </summary>
        /// <returns>The market name, for use in expressions.</returns>
        public static string Register()
        {
            lock (Sync)
            {
                if (Market.Encode(Name) == null)
                {
                    Market.Add(Name, Code);
                }
            }
            return Name;
        }
    }
}
