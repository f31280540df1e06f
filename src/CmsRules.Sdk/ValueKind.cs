namespace CmsRules.Sdk;

/// <summary>The types a plugin function takes and returns, with the CLR type its method uses for each.</summary>
public enum ValueKind
{
    /// <summary>long</summary>
    Integer,

    /// <summary>long, in pence</summary>
    Money,

    /// <summary>decimal</summary>
    Decimal,

    /// <summary>DateOnly</summary>
    Date,

    /// <summary>bool</summary>
    Bool,

    /// <summary>string</summary>
    String,
}
