namespace CmsRules.Core.Output;

/// <summary>RFC 4180 quoting for the few text fields we write: quoted only when a comma, quote or line break needs it.</summary>
public static class CsvText
{
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";

    public static string Row(params string[] fields) => string.Join(',', fields.Select(Field));
}
