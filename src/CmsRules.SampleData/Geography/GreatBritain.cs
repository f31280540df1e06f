namespace CmsRules.SampleData.Geography;

/// <summary>
/// The fixed geography of the generated extracts: the eleven regions and nations the CMS serves and
/// 632 constituencies with ONS-style codes. Names are made up from place-name parts (the
/// generator needs realistic shapes, not the real list); a few Scottish ones hold commas, like their
/// real counterparts, so that readers meet quoted fields. The same for every seed.
/// </summary>
public static class GreatBritain
{
    // Declared first: static initializers run in text order and the constituencies below are built from these.
    private static readonly string[] EnglishStems =
    [
        "Ashby", "Barnfield", "Bramley", "Brockhurst", "Calderbrook", "Castleford", "Chalkwell", "Colnebridge",
        "Cranford", "Dunmere", "Eastwick", "Elmstead", "Fairholme", "Fenwick", "Galeford", "Greystoke",
        "Hallam", "Harwood", "Hedley", "Holbrook", "Kingsmead", "Langley", "Lowther", "Marchmont",
        "Marston", "Medway Vale", "Millbrook", "Northam", "Oakhurst", "Ormsby", "Pendle Moor", "Quarrington",
        "Redcliffe", "Ribblesdale", "Rotherfield", "Saltash", "Sedgemoor", "Shenfield", "Southwold", "Stainton",
        "Stanwick", "Thornbury", "Tidewell", "Upminster Vale", "Wansford", "Westerleigh", "Whitmore", "Woodhall",
    ];

    private static readonly string[] WelshStems =
    [
        "Aberdyfi", "Bryncoed", "Caerwen", "Cwm Tawel", "Dyffryn", "Glanrafon", "Llanfair", "Maesteg Vale",
        "Penrhos", "Pontnewydd", "Rhydycar", "Tregarth", "Ystrad",
    ];

    private static readonly string[] ScottishStems =
    [
        "Aberlour", "Ardmore", "Ballachulish", "Carrick", "Dunmorven", "Glenluce", "Inverallan", "Kilbarr",
        "Kinloch", "Lochmaben", "Strathallan", "Tayvale", "Torrance",
    ];

    private static readonly string[] Suffixes = ["", " North", " South", " East", " West", " Central", " and District", " Rural"];

    public static IReadOnlyList<Region> Regions { get; } =
    [
        new("E12000001", "North East", 4.0, 27),
        new("E12000002", "North West", 11.2, 73),
        new("E12000003", "Yorkshire and The Humber", 8.3, 54),
        new("E12000004", "East Midlands", 7.3, 47),
        new("E12000005", "West Midlands", 9.0, 57),
        new("E12000006", "East of England", 9.5, 61),
        new("E12000007", "London", 13.5, 75),
        new("E12000008", "South East", 14.0, 91),
        new("E12000009", "South West", 8.5, 58),
        new("W92000004", "Wales", 4.8, 32),
        new("S92000003", "Scotland", 8.3, 57),
    ];

    public static IReadOnlyList<Constituency> Constituencies { get; } = BuildConstituencies();

    /// <summary>Index of each region's first constituency in <see cref="Constituencies"/>; regions are contiguous.</summary>
    internal static IReadOnlyList<int> FirstConstituencyOfRegion { get; } = BuildFirstIndexes();

    /// <summary>Region codes as UTF-8, for writing without per-row encoding.</summary>
    internal static byte[][] RegionCodesUtf8 { get; } = Regions.Select(r => System.Text.Encoding.UTF8.GetBytes(r.Code)).ToArray();

    /// <summary>Constituency codes as UTF-8, in the order of <see cref="Constituencies"/>.</summary>
    internal static byte[][] ConstituencyCodesUtf8 { get; } = Constituencies.Select(c => System.Text.Encoding.UTF8.GetBytes(c.Code)).ToArray();

    private static List<Constituency> BuildConstituencies()
    {
        var list = new List<Constituency>(632);
        var englishCode = 1063;
        var welshCode = 81;
        var scottishCode = 21;
        var englishName = 0;
        foreach (var region in Regions)
        {
            for (var seat = 0; seat < region.Seats; seat++)
            {
                switch (region.Code[0])
                {
                    case 'W':
                        list.Add(new($"W07{welshCode++:000000}", Compose(WelshStems, seat, pairWith: 5), region.Code));
                        break;
                    case 'S':
                        var name = seat % 9 == 4
                            ? $"{ScottishStems[seat % ScottishStems.Length]}, {ScottishStems[(seat + 3) % ScottishStems.Length]} and {ScottishStems[(seat + 7) % ScottishStems.Length]}"
                            : Compose(ScottishStems, seat, pairWith: 6);
                        list.Add(new($"S14{scottishCode++:000000}", name, region.Code));
                        break;
                    default:
                        list.Add(new($"E14{englishCode++:000000}", Compose(EnglishStems, englishName++, pairWith: 17), region.Code));
                        break;
                }
            }
        }
        return list;
    }

    /// <summary>A unique name for the n-th seat: a stem with a compass suffix, or two stems joined by "and" once suffixes run out.</summary>
    private static string Compose(string[] stems, int n, int pairWith)
    {
        var stem = stems[n % stems.Length];
        var round = n / stems.Length;
        if (round < Suffixes.Length) return stem + Suffixes[round];
        var other = stems[(n + pairWith * (round - Suffixes.Length + 1)) % stems.Length];
        return $"{stem} and {other}";
    }

    private static int[] BuildFirstIndexes()
    {
        var first = new int[Regions.Count];
        for (int i = 0, at = 0; i < Regions.Count; at += Regions[i].Seats, i++) first[i] = at;
        return first;
    }
}
