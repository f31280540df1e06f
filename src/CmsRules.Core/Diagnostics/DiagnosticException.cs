namespace CmsRules.Core.Diagnostics;

/// <summary>Thrown when user input is invalid; carries every problem found, not just the first.</summary>
public sealed class DiagnosticException(IReadOnlyList<Diagnostic> diagnostics, int omitted = 0)
    : Exception(Format(diagnostics, omitted))
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>How many further problems were found but not kept (past the reporting cap).</summary>
    public int Omitted { get; } = omitted;

    private static string Format(IReadOnlyList<Diagnostic> diagnostics, int omitted)
    {
        var text = string.Join(Environment.NewLine, diagnostics);
        return omitted > 0 ? $"{text}{Environment.NewLine}... and {omitted} more" : text;
    }
}
