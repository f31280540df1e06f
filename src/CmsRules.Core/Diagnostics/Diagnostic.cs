namespace CmsRules.Core.Diagnostics;

public enum Severity { Error, Warning }

/// <summary>One problem in the user's input. <see cref="SourceLine"/>, when known, lets the message show a caret.</summary>
public sealed record Diagnostic(SourceLocation Location, string Message, Severity Severity = Severity.Error, string? SourceLine = null)
{
    public override string ToString()
    {
        var head = $"{Location}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
        if (SourceLine is null) return head;
        var caret = new string(' ', Math.Max(0, Location.Column - 1)) + "^";
        return $"{head}\n    {SourceLine}\n    {caret}";
    }
}
