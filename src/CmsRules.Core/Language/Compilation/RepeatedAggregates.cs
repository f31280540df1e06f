using System.Text.RegularExpressions;
using CmsRules.Core.Language.Binding;

namespace CmsRules.Core.Language.Compilation;

/// <summary>
/// The aggregates an expression writes more than once, word for word, at its top level (not inside a field or another
/// aggregate, where the same words could read other rows): `any(service_type_at_end = 'DirectPay')` in two `when`s
/// of one `case`. Each is then computed at most once per evaluation, when first needed, and its value reused.
/// </summary>
internal static partial class RepeatedAggregates
{
    /// <summary>Each repeated aggregate node, with a number shared by the nodes that write the same aggregate.</summary>
    public static IReadOnlyDictionary<BoundAggregate, int> Of(BoundExpr root, string text)
    {
        var byText = new Dictionary<string, List<BoundAggregate>>(StringComparer.Ordinal);
        foreach (var aggregate in TopLevel(root))
        {
            var words = Spaces().Replace(text.Substring(aggregate.Span.Start, aggregate.Span.Length), " ");
            if (!byText.TryGetValue(words, out var same)) byText[words] = same = [];
            same.Add(aggregate);
        }
        var numbers = new Dictionary<BoundAggregate, int>(ReferenceEqualityComparer.Instance);
        foreach (var same in byText.Values.Where(s => s.Count > 1))
        {
            var number = numbers.Count == 0 ? 0 : numbers.Values.Max() + 1;
            foreach (var aggregate in same) numbers[aggregate] = number;
        }
        return numbers;
    }

    private static IEnumerable<BoundAggregate> TopLevel(BoundExpr e) => e switch
    {
        BoundAggregate a => [a],
        BoundField => [],
        _ => BoundTree.Children(e).SelectMany(TopLevel),
    };

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
