/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Interfaces
{
    /// <summary>
    /// Reads and stores data files by key (stand-in for QuantConnect.Interfaces.IDataCacheProvider). A key is a zip
    /// file's path, optionally followed by <c>#</c> and an entry's name.
    /// </summary>
    public interface IDataCacheProvider : IDisposable
    {
        /// <summary>Whether the data is temporary and should not be cached.</summary>
        bool IsDataEphemeral { get; }

        /// <summary>The data stored under a key (the zip's first entry when the key names none); null when there is none.</summary>
        Stream Fetch(string key);

        /// <summary>Stores data under a key.</summary>
        void Store(string key, byte[] data);

        /// <summary>The names of a zip file's entries.</summary>
        List<string> GetZipEntries(string zipFile);
    }
}
