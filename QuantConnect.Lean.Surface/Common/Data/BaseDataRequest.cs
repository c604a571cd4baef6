/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Securities;

namespace QuantConnect.Data
{
    /// <summary>Common part of data requests (stand-in for QuantConnect.Data.BaseDataRequest).</summary>
    public abstract class BaseDataRequest
    {
        /// <summary>Creates a request; open-interest requests use always-open hours.</summary>
        protected BaseDataRequest(DateTime startTimeUtc, DateTime endTimeUtc, SecurityExchangeHours exchangeHours, TickType tickType,
            bool isCustomData, Type dataType)
        {
            StartTimeUtc = startTimeUtc;
            EndTimeUtc = endTimeUtc;
            ExchangeHours = tickType == TickType.OpenInterest ? SecurityExchangeHours.AlwaysOpen(exchangeHours.TimeZone) : exchangeHours;
            IsCustomData = isCustomData;
            DataType = dataType;
        }

        /// <summary>Start (UTC).</summary>
        public DateTime StartTimeUtc { get; protected set; }
        /// <summary>End (UTC).</summary>
        public DateTime EndTimeUtc { get; protected set; }
        /// <summary>Start in the exchange's time zone.</summary>
        public DateTime StartTimeLocal => StartTimeUtc.ConvertFromUtc(ExchangeHours.TimeZone);
        /// <summary>End in the exchange's time zone.</summary>
        public DateTime EndTimeLocal => EndTimeUtc.ConvertFromUtc(ExchangeHours.TimeZone);
        /// <summary>The exchange hours.</summary>
        public SecurityExchangeHours ExchangeHours { get; }
        /// <summary>The days of the request in the data's time zone.</summary>
        public abstract IEnumerable<DateTime> TradableDaysInDataTimeZone { get; }
        /// <summary>Whether the data is custom.</summary>
        public bool IsCustomData { get; }
        /// <summary>The data type.</summary>
        public Type DataType { get; set; }
    }
}
