namespace CmsRules.Core.Snapshots;

/// <summary>
/// The snapshot file (`cmsrules import`), version 1, all numbers little-endian:
/// <code>
/// "CMSRSNAP" version:int32
/// dictionary: count:int32, one line per table and column (<see cref="DictionaryFingerprint"/>)
/// files:      count:int32, per CSV file: name, bytes:int64, rows:int64, sha256
/// tables:     count:int32, per table: name, rows:int32, bytes:int64 (of its columns), then per declared column:
///             has-nulls:byte [null words:uint64[(rows+63)/64]] values
/// "CMSREND."
/// </code>
/// Strings are an int32 byte count and UTF-8. Values: int and pence int64[rows]; date int32[rows] (day numbers); bool
/// byte[rows]; enum byte[rows] (code index); string: count:int32, offsets:int32[count+1], UTF-8 bytes, ids:int32[rows].
/// </summary>
public static class SnapshotFormat
{
    public const int Version = 1;

    /// <summary>The extension `cmsrules import` gives a snapshot by default.</summary>
    public const string Extension = ".cmsx";

    internal static ReadOnlySpan<byte> Magic => "CMSRSNAP"u8;
    internal static ReadOnlySpan<byte> EndMarker => "CMSREND."u8;

    /// <summary>Arrays are written as the machine holds them; the format is little-endian, as every machine .NET 10 runs on is.</summary>
    internal static void CheckEndianness()
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("snapshots are little-endian and this machine is not");
    }
}
