/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Securities
{
    /// <summary>
    /// What the market-hours and symbol-properties databases share (stand-in for
    /// QuantConnect.Securities.BaseSecurityDatabase): the entries by key, the entries set at run time,
    /// and the process-wide instance <c>FromDataFolder()</c> hands out.
    /// </summary>
    /// <typeparam name="T">The database type.</typeparam>
    /// <typeparam name="TEntry">The entry type.</typeparam>
    public abstract class BaseSecurityDatabase<T, TEntry>
        where T : BaseSecurityDatabase<T, TEntry>
    {
        /// <summary>The instance <c>FromDataFolder()</c> returns; null until first asked for or after <see cref="Reset"/>.</summary>
        protected static T DataFolderDatabase { get; set; }

        /// <summary>Guards <see cref="DataFolderDatabase"/> and every change to <see cref="Entries"/>.</summary>
        protected static readonly object DataFolderDatabaseLock = new();

        /// <summary>The entries by key.</summary>
        protected Dictionary<SecurityDatabaseKey, TEntry> Entries { get; set; }

        /// <summary>The keys set at run time (SetEntry); LEAN's daily refresh from the data folder keeps them.</summary>
        protected HashSet<SecurityDatabaseKey> CustomEntries { get; }

        /// <summary>Creates a database over <paramref name="entries"/>.</summary>
        /// <param name="entries">The entries by key.</param>
        /// <param name="fromDataFolder">Loads the data-folder database (LEAN's refresh uses it).</param>
        /// <param name="updateEntry">Copies a refreshed entry into an existing one (LEAN's refresh uses it).</param>
        protected BaseSecurityDatabase(Dictionary<SecurityDatabaseKey, TEntry> entries, Func<T> fromDataFolder, Action<TEntry, TEntry> updateEntry)
        {
            Entries = entries;
            CustomEntries = new HashSet<SecurityDatabaseKey>();
        }

        /// <summary>
        /// Forgets the data-folder instance: the next <c>FromDataFolder()</c> starts again from the data folder
        /// (here: the embedded content), without any entry set at run time. LEAN calls it only in tests.
        /// </summary>
        public static void Reset()
        {
            lock (DataFolderDatabaseLock)
            {
                DataFolderDatabase = null;
            }
        }

        /// <summary>Whether an entry has exactly this key (no wildcard fallback).</summary>
        protected bool ContainsKey(SecurityDatabaseKey key) => Entries.ContainsKey(key);

        /// <summary>Whether an entry has exactly this market, symbol and type (null symbol: the wildcard entry).</summary>
        public bool ContainsKey(string market, string symbol, SecurityType securityType)
            => ContainsKey(new SecurityDatabaseKey(market, symbol, securityType));

        /// <summary>Whether an entry has exactly this market, symbol (see <see cref="GetDatabaseSymbolKey"/>) and type.</summary>
        public bool ContainsKey(string market, Symbol symbol, SecurityType securityType)
            => ContainsKey(market, GetDatabaseSymbolKey(symbol), securityType);

        /// <summary>
        /// The symbol part of a symbol's key: the ticker for most types, the identifier's symbol for futures and
        /// custom data, the underlying for options; empty for null.
        /// </summary>
        public static string GetDatabaseSymbolKey(Symbol symbol)
        {
            if (symbol is null)
            {
                return string.Empty;
            }
            return symbol.ID.SecurityType switch
            {
                SecurityType.Option => symbol.HasUnderlying ? symbol.Underlying.Value : string.Empty,
                SecurityType.IndexOption or SecurityType.FutureOption => symbol.HasUnderlying ? symbol.ID.Symbol : string.Empty,
                SecurityType.Base or SecurityType.Future => symbol.ID.Symbol,
                _ => symbol.Value
            };
        }
    }
}
