namespace CmsRules.Core.Diagnostics;

/// <summary>Collects problems so that all of them are reported together, up to a cap after which only a count is kept.</summary>
public sealed class DiagnosticBag(int cap = 100)
{
    private readonly List<Diagnostic> _items = [];

    public int Omitted { get; private set; }
    public IReadOnlyList<Diagnostic> Items => _items;
    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error) || Omitted > 0;

    public void Add(Diagnostic diagnostic)
    {
        if (_items.Count < cap) _items.Add(diagnostic);
        else Omitted++;
    }

    /// <summary>True once the cap is reached: callers on hot paths then skip formatting and call <see cref="CountOmitted"/>.</summary>
    public bool IsFull => _items.Count >= cap;

    public void CountOmitted(int count = 1) => Omitted += count;

    public void Error(SourceLocation location, string message, string? sourceLine = null) =>
        Add(new Diagnostic(location, message, Severity.Error, sourceLine));

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) Add(d);
    }

    /// <summary>Throws a <see cref="DiagnosticException"/> carrying everything collected, if any error was.</summary>
    public void ThrowIfErrors()
    {
        if (HasErrors) throw new DiagnosticException(_items.ToList(), Omitted);
    }
}
