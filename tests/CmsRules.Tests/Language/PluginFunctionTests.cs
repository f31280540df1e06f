using CmsRules.Core.Language.Binding;
using CmsRules.Core.Language.Parsing;
using CmsRules.Core.Schema;

namespace CmsRules.Tests.Language;

/// <summary>A plugin's C# static method, registered with its signature, is type-checked and called like a built-in.</summary>
public sealed class PluginFunctionTests
{
    public static long WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var days = 0L;
        for (var d = from; d < to; d = d.AddDays(1))
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days++;
        return days;
    }

    public static decimal Share(long part, decimal whole) => part / whole;

    private static CmsExample WithPlugin()
    {
        var functions = FunctionRegistry.CreateBuiltIn();
        functions.Register("working_days_between", typeof(PluginFunctionTests), nameof(WorkingDaysBetween), DataType.Integer, DataType.Date, DataType.Date);
        functions.Register("share", typeof(PluginFunctionTests), nameof(Share), DataType.Decimal, DataType.Money, DataType.Decimal);
        return new CmsExample(functions);
    }

    [Fact]
    public void A_registered_function_is_called_with_nulls_handled_by_the_language()
    {
        var cms = WithPlugin();
        cms.Values("working_days_between(received_date, cleared_date)", "payments").ShouldBe([3m, null, 0m, 8m]); // 2 March 2024 is a Saturday
        cms.Values("share(amount, 2)", "payments").ShouldBe([4750m, 1000m, 3500m, 3500m]);
    }

    [Fact]
    public void A_registered_function_is_type_checked()
    {
        var cms = WithPlugin();
        var errors = Binder.BindRow(cms.Environment, CmsExample.Parse("working_days_between(received_date, amount) > 1"), "payments").Diagnostics;
        errors.ShouldHaveSingleItem().Message.ShouldBe("'working_days_between' cannot take (date, money); it takes working_days_between(date, date)");
    }

    [Fact]
    public void Registration_checks_the_methods_clr_signature()
    {
        var functions = new FunctionRegistry();
        Should.Throw<ArgumentException>(() => functions.Register("bad", typeof(PluginFunctionTests).GetMethod(nameof(Share))!, DataType.Decimal, DataType.Date, DataType.Decimal))
            .Message.ShouldStartWith("parameter 1 of Share must be DateOnly for Date");
    }
}
