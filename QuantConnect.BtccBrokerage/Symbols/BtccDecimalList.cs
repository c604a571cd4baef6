using System.Globalization;

namespace QuantConnect.Brokerages.Btcc.Symbols
{
    /// <summary>
    /// Reads BTCC's <c>;</c>-joined number lists, such as symbollist's <c>volumes_list</c>
    /// (<c>"0.1;0.5;1;20"</c>, a string on the wire), and the same style in settings.
    /// </summary>
    public static class BtccDecimalList
    {
        /// <summary>The separator between items.</summary>
        public const char Separator = ';';

        /// <summary>
        /// Parses a list with the invariant culture. Blank items (e.g. a trailing ';') are skipped;
        /// null or blank input is an empty list.
        /// </summary>
        /// <exception cref="FormatException">An item is not a number; the message names the list and the item.</exception>
        public static IReadOnlyList<decimal> Parse(string? list)
        {
            if (string.IsNullOrWhiteSpace(list))
            {
                return Array.Empty<decimal>();
            }

            var values = new List<decimal>();
            foreach (var item in list.Split(Separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!decimal.TryParse(item, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                {
                    throw new FormatException($"'{item}' in the list '{list}' is not a number.");
                }
                values.Add(value);
            }
            return values;
        }

        /// <summary>Joins numbers back into the wire form, without trailing zeros.</summary>
        public static string Format(IEnumerable<decimal> values)
            => string.Join(Separator, values.Select(BtccDecimalFormat.Invariant));
    }
}
