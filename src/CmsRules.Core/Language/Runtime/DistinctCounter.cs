namespace CmsRules.Core.Language.Runtime;

/// <summary>
/// Counts distinct values or tuples. Every value becomes a long key (decimals and strings through an interning
/// table) and a tuple folds pairwise into one key, so no row allocates. Keys are ids more often than not, close
/// together, so once there are many they are kept as bits in pages of a bitmap over the span seen so far: setting a
/// bit, not hashing. A few keys stay in a hash set, which costs less than pages for keys spread thinly over a wide
/// span; so do keys too far from the others for the bitmap.
/// </summary>
public sealed class DistinctCounter
{
    private const int PageBits = 16; // 65,536 keys a page: 8 KiB
    private const int WordsPerPage = 1 << (PageBits - 6);
    private const long MaxPages = 1 << 16; // a bitmap spans at most 2^32 keys (pointers to its pages: 512 KiB)
    private const int MostInHashSet = 2048; // its arrays then stay under the large object heap's 85,000 bytes
    private const int StartWithBitmap = 4 * MostInHashSet;

    private ulong[]?[] _pages = [];
    private long _firstPage;
    private readonly HashSet<long> _hashed;
    private bool _bitmap;
    private Dictionary<(long, long), long>? _pairs;
    private Dictionary<decimal, long>? _decimals;
    private Dictionary<string, long>? _strings;

    /// <param name="rows">
    /// how many rows will be counted, when known: the hash set is then made big enough at once (growing it is most of
    /// its cost), or skipped when there are rows enough for the bitmap
    /// </param>
    public DistinctCounter(int rows = 0)
    {
        _bitmap = rows >= StartWithBitmap;
        _hashed = new HashSet<long>(_bitmap ? 0 : Math.Min(rows, MostInHashSet));
    }

    public int Count { get; private set; }

    public void Add(long key)
    {
        if (_bitmap) SetBit(key);
        else if (_hashed.Add(key) && ++Count == MostInHashSet) ToBitmap();
    }

    public long Pair(long a, long b) => Intern(_pairs ??= [], (a, b));

    public long Key(decimal value) => Intern(_decimals ??= [], value);

    public long Key(string value) => Intern(_strings ??= new Dictionary<string, long>(StringComparer.Ordinal), value);

    private void ToBitmap()
    {
        var keys = _hashed.ToArray();
        _hashed.Clear(); // from now on the keys too far for the bitmap
        (_bitmap, Count) = (true, 0);
        foreach (var key in keys) SetBit(key);
    }

    private void SetBit(long key)
    {
        var page = (key >> PageBits) - _firstPage;
        if ((ulong)page >= (ulong)_pages.Length && !Reach(key >> PageBits, out page))
        {
            if (_hashed.Add(key)) Count++;
            return;
        }
        var bits = _pages[page] ??= new ulong[WordsPerPage];
        ref var word = ref bits[(key >> 6) & (WordsPerPage - 1)];
        var bit = 1UL << (int)(key & 63);
        if ((word & bit) != 0) return;
        word |= bit;
        Count++;
    }

    /// <summary>Widens the bitmap to take in a page (at least doubling it), unless it would then span too many.</summary>
    private bool Reach(long page, out long offset)
    {
        offset = 0;
        if (_pages.Length == 0)
        {
            (_pages, _firstPage) = (new ulong[]?[1], page);
            return true;
        }
        var last = _firstPage + _pages.Length - 1;
        var needed = Math.Max(last, page) - Math.Min(_firstPage, page) + 1;
        if (needed > MaxPages) return false;
        var length = Math.Min(MaxPages, Math.Max(needed, 2L * _pages.Length));
        var first = page < _firstPage ? last - length + 1 : _firstPage;
        var pages = new ulong[]?[length];
        Array.Copy(_pages, 0, pages, _firstPage - first, _pages.Length);
        (_pages, _firstPage) = (pages, first);
        offset = page - first;
        return true;
    }

    private static long Intern<T>(Dictionary<T, long> table, T value) where T : notnull
    {
        if (!table.TryGetValue(value, out var id)) table[value] = id = table.Count;
        return id;
    }
}
