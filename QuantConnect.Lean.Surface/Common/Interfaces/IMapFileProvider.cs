namespace QuantConnect.Interfaces
{
    /// <summary>Provides equity map files (stand-in for QuantConnect.Interfaces.IMapFileProvider; no members needed here).</summary>
    public interface IMapFileProvider
    {
    }
}
