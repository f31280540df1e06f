namespace CmsRules.Plugins.Geography;

/// <summary>The nation of an ONS GSS code (E12000001, W07000041, S14000001, N06000001...), from its first letter.</summary>
public static class Nations
{
    public static string? NationOf(string code) => code.Length == 0 ? null : code[0] switch
    {
        'E' => "England",
        'W' => "Wales",
        'S' => "Scotland",
        'N' => "NorthernIreland",
        _ => null,
    };
}
