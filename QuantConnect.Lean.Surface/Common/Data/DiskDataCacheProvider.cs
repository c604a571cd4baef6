/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.IO.Compression;
using QuantConnect.Interfaces;
using QuantConnect.Logging;
using QuantConnect.Util;

namespace QuantConnect.Data
{
    /// <summary>
    /// Data files on the local disk (stand-in for QuantConnect.Data.DiskDataCacheProvider): a key is a zip's path
    /// and an entry's name. Storing replaces that one entry and keeps the zip's others.
    /// </summary>
    public class DiskDataCacheProvider : IDataCacheProvider
    {
        // one lock per file path, as LEAN's key synchronizer takes
        private static readonly object[] Locks = Enumerable.Range(0, 64).Select(_ => new object()).ToArray();

        /// <summary>Creates the provider.</summary>
        public DiskDataCacheProvider()
        {
        }

        /// <summary>Disk data is not ephemeral.</summary>
        public bool IsDataEphemeral => false;

        /// <summary>The entry's content (the first entry when the key names none); null when the file or entry is absent or the zip corrupt.</summary>
        public Stream Fetch(string key)
        {
            LeanData.ParseKey(key, out var filePath, out var entryName);
            lock (LockOf(filePath))
            {
                if (!File.Exists(filePath))
                {
                    return null;
                }
                try
                {
                    using var zip = ZipFile.OpenRead(filePath);
                    var entry = string.IsNullOrEmpty(entryName) ? zip.Entries.FirstOrDefault() : zip.GetEntry(entryName);
                    if (entry == null)
                    {
                        return null;
                    }
                    var stream = new MemoryStream();
                    using (var content = entry.Open())
                    {
                        content.CopyTo(stream);
                    }
                    stream.Position = 0;
                    return stream;
                }
                catch (InvalidDataException exception)
                {
                    Log.Error("DiskDataCacheProvider.Fetch(): Corrupt file: " + key + " Error: " + exception);
                    return null;
                }
            }
        }

        /// <summary>Writes the data as the key's entry, creating the zip if needed and replacing an entry of that name.</summary>
        public void Store(string key, byte[] data)
        {
            LeanData.ParseKey(key, out var filePath, out var entryName);
            lock (LockOf(filePath))
            {
                try
                {
                    using var file = new FileStream(filePath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                    using var archive = new ZipArchive(file, ZipArchiveMode.Update, leaveOpen: false);
                    archive.GetEntry(entryName)?.Delete();
                    using var entry = archive.CreateEntry(entryName, CompressionLevel.Optimal).Open();
                    entry.Write(data, 0, data.Length);
                }
                catch (Exception error)
                {
                    // LEAN logs a failed store and goes on
                    Log.Error(error, $"file: {filePath} entry: {entryName}");
                }
            }
        }

        /// <summary>The names of the zip's entries.</summary>
        public List<string> GetZipEntries(string zipFile)
        {
            lock (LockOf(zipFile))
            {
                using var zip = ZipFile.OpenRead(zipFile);
                return zip.Entries.Select(e => e.FullName).ToList();
            }
        }

        /// <summary>Nothing to release.</summary>
        public void Dispose()
        {
        }

        private static object LockOf(string path) => Locks[(uint)StringComparer.Ordinal.GetHashCode(path ?? string.Empty) % Locks.Length];
    }
}
