/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections;

namespace QuantConnect.Securities
{
    /// <summary>The algorithm's cash per currency (stand-in for QuantConnect.Securities.CashBook).</summary>
    public class CashBook : ExtendedDictionary<string, Cash>, IDictionary<string, Cash>, ICurrencyConverter
    {
        private readonly Dictionary<string, Cash> _currencies = new();

        /// <summary>Creates a book holding zero of the account currency (USD).</summary>
        public CashBook()
        {
            AccountCurrency = Currencies.USD;
            _currencies.Add(AccountCurrency, new Cash(AccountCurrency, 0, 1));
        }

        /// <summary>The account currency.</summary>
        public string AccountCurrency { get; set; }

        /// <summary>The total value in the account currency.</summary>
        public decimal TotalValueInAccountCurrency
        {
            get
            {
                lock (_currencies)
                {
                    return _currencies.Values.Sum(cash => cash.ValueInAccountCurrency);
                }
            }
        }

        /// <summary>Adds (or replaces) a currency and returns its entry.</summary>
        public Cash Add(string symbol, decimal quantity, decimal conversionRate)
        {
            var cash = new Cash(symbol, quantity, conversionRate);
            this[cash.Symbol] = cash;
            return cash;
        }

        /// <summary>Converts an amount with the book's conversion rates.</summary>
        public CashAmount ConvertToAccountCurrency(CashAmount cashAmount)
        {
            if (cashAmount.Currency == AccountCurrency)
            {
                return cashAmount;
            }
            return new CashAmount(cashAmount.Amount * this[cashAmount.Currency].ConversionRate, AccountCurrency);
        }

        /// <summary>The entry of a currency; throws when absent.</summary>
        public override Cash this[string symbol]
        {
            get
            {
                lock (_currencies)
                {
                    return _currencies.TryGetValue(symbol.ToUpperInvariant(), out var cash)
                        ? cash
                        : throw new KeyNotFoundException($"This cash symbol ({symbol}) was not found in your cash book.");
                }
            }
            set
            {
                lock (_currencies)
                {
                    _currencies[symbol.ToUpperInvariant()] = value;
                }
            }
        }

        /// <summary>The number of currencies.</summary>
        public override int Count
        {
            get
            {
                lock (_currencies)
                {
                    return _currencies.Count;
                }
            }
        }

        /// <summary>Whether the book is read-only: never.</summary>
        public override bool IsReadOnly => false;

        /// <summary>The currency codes.</summary>
        public ICollection<string> Keys => Snapshot(c => c.Keys.ToList());

        /// <summary>The entries.</summary>
        public ICollection<Cash> Values => Snapshot(c => c.Values.ToList());

        /// <inheritdoc />
        protected override IEnumerable<string> GetKeys => Keys;

        /// <inheritdoc />
        protected override IEnumerable<Cash> GetValues => Values;

        /// <inheritdoc />
        public override IEnumerable<KeyValuePair<string, Cash>> GetItems() => Snapshot(c => c.ToList());

        /// <summary>Adds an entry.</summary>
        public void Add(string symbol, Cash value)
        {
            lock (_currencies)
            {
                _currencies.Add(symbol.ToUpperInvariant(), value);
            }
        }

        /// <summary>Whether a currency is present.</summary>
        public override bool ContainsKey(string symbol) => Snapshot(c => c.ContainsKey(symbol.ToUpperInvariant()));

        /// <summary>Finds the entry of a currency.</summary>
        public override bool TryGetValue(string symbol, out Cash value)
        {
            lock (_currencies)
            {
                return _currencies.TryGetValue(symbol.ToUpperInvariant(), out value);
            }
        }

        /// <summary>Removes a currency.</summary>
        public override bool Remove(string symbol) => Snapshot(c => c.Remove(symbol.ToUpperInvariant()));

        /// <summary>Removes every currency.</summary>
        public override void Clear() => Snapshot(c =>
        {
            c.Clear();
            return 0;
        });

        /// <summary>Adds a pair.</summary>
        public void Add(KeyValuePair<string, Cash> item) => Add(item.Key, item.Value);

        /// <summary>Whether a pair is present.</summary>
        public bool Contains(KeyValuePair<string, Cash> item) => TryGetValue(item.Key, out var cash) && cash == item.Value;

        /// <summary>Copies the pairs to an array.</summary>
        public void CopyTo(KeyValuePair<string, Cash>[] array, int arrayIndex) =>
            Snapshot(c => c.ToList()).CopyTo(array, arrayIndex);

        /// <summary>Removes a pair.</summary>
        public bool Remove(KeyValuePair<string, Cash> item) => Contains(item) && Remove(item.Key);

        /// <summary>A snapshot of the pairs.</summary>
        public IEnumerator<KeyValuePair<string, Cash>> GetEnumerator() => Snapshot(c => c.ToList()).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>The book's currencies and amounts, one per line.</summary>
        public override string ToString() =>
            string.Join(Environment.NewLine, GetItems().Select(pair => $"{pair.Key}: {pair.Value.Amount}"));

        private T Snapshot<T>(Func<Dictionary<string, Cash>, T> read)
        {
            lock (_currencies)
            {
                return read(_currencies);
            }
        }
    }
}
