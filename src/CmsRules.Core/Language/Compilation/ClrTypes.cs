using CmsRules.Core.Language.Binding;
using CmsRules.Core.Schema;

namespace CmsRules.Core.Language.Compilation;

/// <summary>How compiled code holds a value of each type: always nullable, dates as day numbers, enums as code indexes.</summary>
internal static class ClrTypes
{
    public static Type Of(ExprType type) => type.IsNull || type.IsError ? typeof(bool?) : type.Kind switch
    {
        DataType.Integer or DataType.Money => typeof(long?),
        DataType.Decimal => typeof(decimal?),
        DataType.Date or DataType.Enum => typeof(int?),
        DataType.Bool => typeof(bool?),
        _ => typeof(string),
    };
}
