namespace ArchivePortal.Storage.Search.Ranking;

/// <summary>SQLite's varint (sqlite3GetVarint): big-endian groups of 7 bits, the high bit set on all but the last; a ninth byte counts all 8 bits.</summary>
internal static unsafe class Varint
{
    /// <summary>Reads one varint at <paramref name="p"/> and moves past it, never beyond <paramref name="end"/>.</summary>
    public static ulong Read(ref byte* p, byte* end)
    {
        ulong value = 0;
        for (int i = 0; i < 9 && p < end; i++)
        {
            byte b = *p++;
            if (i == 8) return (value << 8) | b;
            value = (value << 7) | (uint)(b & 0x7F);
            if (b < 0x80) break;
        }
        return value;
    }
}
