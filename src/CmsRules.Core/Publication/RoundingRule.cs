using System.Globalization;
using CmsRules.Core.Diagnostics;

namespace CmsRules.Core.Publication;

/// <summary>
/// A named publication rounding rule from rounding.yaml: round to a multiple of <see cref="Nearest"/> (halves away
/// from zero, on the exact decimal value), or publish `..` when the value is null, lies in the suppressed range,
/// or rests on a base smaller than <see cref="MinBase"/>.
/// </summary>
public sealed record RoundingRule(
    string Name,
    decimal Nearest,
    decimal? SuppressFrom,
    decimal? SuppressTo,
    decimal? MinBase,
    SourceLocation Location)
{
    public const string Suppressed = "..";

    /// <param name="value">the unrounded value in reporting units (pounds for money)</param>
    /// <param name="base">the number of units a percentage is a share of, when the measure declares one</param>
    public string Publish(decimal? value, decimal? @base)
    {
        if (value is not { } v) return Suppressed;
        if (SuppressFrom is { } from && SuppressTo is { } to && v >= from && v <= to) return Suppressed;
        if (MinBase is { } min && (@base ?? 0m) < min) return Suppressed;

        var rounded = Math.Round(v / Nearest, 0, MidpointRounding.AwayFromZero) * Nearest;
        var decimals = Nearest >= 1m ? 0 : Nearest.Scale;
        return ValueText.Positive(rounded).ToString("F" + decimals, CultureInfo.InvariantCulture);
    }
}
