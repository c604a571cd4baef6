/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect
{
    /// <summary>
    /// A dictionary base with LEAN's extra read-only semantics (stand-in for QuantConnect.ExtendedDictionary; the
    /// Python-facing members are left out).
    /// </summary>
    public abstract class ExtendedDictionary<TKey, TValue>
    {
        /// <summary>Creates the dictionary.</summary>
        protected ExtendedDictionary()
        {
        }

        /// <summary>The number of entries.</summary>
        public abstract int Count { get; }

        /// <summary>Whether the dictionary refuses changes; LEAN's base is read-only.</summary>
        public virtual bool IsReadOnly => true;

        /// <summary>The keys, for the base's own enumeration.</summary>
        protected abstract IEnumerable<TKey> GetKeys { get; }

        /// <summary>The values, for the base's own enumeration.</summary>
        protected abstract IEnumerable<TValue> GetValues { get; }

        /// <summary>The value of a key.</summary>
        public abstract TValue this[TKey key] { get; set; }

        /// <summary>The entries.</summary>
        public abstract IEnumerable<KeyValuePair<TKey, TValue>> GetItems();

        /// <summary>Finds the value of a key.</summary>
        public abstract bool TryGetValue(TKey key, out TValue value);

        /// <summary>Whether a key is present.</summary>
        public virtual bool ContainsKey(TKey key) => TryGetValue(key, out _);

        /// <summary>Removes every entry; a read-only dictionary refuses, as LEAN's base does.</summary>
        public virtual void Clear()
        {
            if (IsReadOnly)
            {
                throw new InvalidOperationException("Clear/clear method call is an invalid operation. " + GetType().Name + " is a read-only collection.");
            }
        }

        /// <summary>Removes a key; a read-only dictionary refuses, as LEAN's base does.</summary>
        public virtual bool Remove(TKey key)
        {
            if (IsReadOnly)
            {
                throw new InvalidOperationException("Remove/pop method call is an invalid operation. " + GetType().Name + " is a read-only collection.");
            }
            return false;
        }
    }
}
