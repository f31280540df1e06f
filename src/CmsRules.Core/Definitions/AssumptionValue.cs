using System.Globalization;

namespace CmsRules.Core.Definitions;

/// <summary>An assumption's value: a bool, or a number (decimal) for number and integer assumptions.</summary>
public readonly record struct AssumptionValue(bool Bool, decimal Number)
{
    public static AssumptionValue Of(bool value) => new(value, 0m);
    public static AssumptionValue Of(decimal value) => new(false, value);

    /// <summary>Parses the text of a default or of `--assume NAME=VALUE`; null when it is not of the type.</summary>
    public static AssumptionValue? Parse(string text, AssumptionType type) => type switch
    {
        AssumptionType.Bool => text switch { "true" => Of(true), "false" => Of(false), _ => null },
        AssumptionType.Integer => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? Of(i) : null,
        _ => decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? Of(d) : null,
    };

    public string ToText(AssumptionType type) =>
        type == AssumptionType.Bool ? (Bool ? "true" : "false") : Number.ToString(CultureInfo.InvariantCulture);
}
