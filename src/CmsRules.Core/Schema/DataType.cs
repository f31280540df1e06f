namespace CmsRules.Core.Schema;

/// <summary>
/// The static types of the engine. Columns use all but <see cref="Decimal"/>, which arises in expressions
/// (ratios, assumption values). In YAML the column types are written as the data contract names them:
/// int, pence, date, bool, string, enum.
/// </summary>
public enum DataType { Integer, Decimal, Money, Date, Bool, String, Enum }
