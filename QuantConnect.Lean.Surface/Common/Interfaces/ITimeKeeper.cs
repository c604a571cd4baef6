namespace QuantConnect.Interfaces
{
    /// <summary>The algorithm's clock (stand-in for QuantConnect.Interfaces.ITimeKeeper; UTC time only).</summary>
    public interface ITimeKeeper
    {
        /// <summary>The current time (UTC).</summary>
        DateTime UtcTime { get; }
    }
}
