namespace CmsRules.Core.Diagnostics;

/// <summary>A place in a user's file: 1-based line and column. Every error the user can fix points at one.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
