namespace CmsRules.Cli.Commands;

/// <summary>The YAML text of one list item of a definition file (a measure, say), read back from the file as written.</summary>
public static class DefinitionText
{
    /// <param name="location">where the item's first key starts (its mapping's position)</param>
    public static string Of(Core.Diagnostics.SourceLocation location)
    {
        if (!File.Exists(location.File)) return $"({location.File} is no longer there)";
        var lines = File.ReadAllLines(location.File);
        var indent = location.Column - 1;
        var item = new List<string> { new string(' ', indent) + lines[location.Line - 1][indent..] }; // drop the list's "- "
        for (var i = location.Line; i < lines.Length; i++)
        {
            var line = lines[i];
            var blank = line.Trim().Length == 0;
            if (!blank && line.Length - line.TrimStart(' ').Length < indent) break;
            item.Add(line);
        }
        while (item.Count > 1 && item[^1].Trim().Length == 0) item.RemoveAt(item.Count - 1);
        return string.Join('\n', item.Select(l => l.Length >= indent && l[..indent].Trim().Length == 0 ? l[indent..] : l.TrimStart()));
    }
}
