namespace CmsRules.Core.Snapshots;

/// <summary>A snapshot file that cannot be used: not a snapshot, another format version, truncated, corrupt, or made under other table definitions.</summary>
public sealed class SnapshotException(string path, string problem) : IOException($"{path}: {problem}");
