using CmsRules.Core.Diagnostics;
using CmsRules.Core.Language.CSharp;
using CmsRules.Core.Language.Parsing;
using CmsRules.Core.Schema;

namespace CmsRules.Tests.Language;

public sealed class CSharpEscapeHatchTests
{
    private readonly CmsExample _cms = new();

    [Fact]
    public void A_csharp_condition_sees_typed_columns_and_the_period()
    {
        var source = new ExpressionSource("opened_date <= PeriodEnd && (closed_date == null || closed_date > PeriodEnd) && region != \"South\"", "caseload.yaml", 12, 13);
        var compiled = CSharpEscapeHatch.CompileRow(_cms.Compiler, CmsExample.CaseGroups, source, DataType.Bool);
        Enumerable.Range(0, 4).Select(r => compiled.Predicate(_cms.Context, r)).ShouldBe([true, false, false, false]);
    }

    [Fact]
    public void A_csharp_value_has_the_same_delegate_shapes_as_a_compiled_expression()
    {
        var source = ExpressionSource.Inline("reference == null ? null : reference.Length * 100L + (long)opened_date!.Value.Month");
        var compiled = CSharpEscapeHatch.CompileRow(_cms.Compiler, CmsExample.CaseGroups, source, DataType.Integer);
        Enumerable.Range(0, 4).Select(r => compiled.Number(_cms.Context, r)).ShouldBe([501m, null, 501m, 504m]);
        var date = CSharpEscapeHatch.CompileRow(_cms.Compiler, CmsExample.CaseGroups, ExpressionSource.Inline("closed_date?.AddDays(1)"), DataType.Date);
        date.Value<int?>()(_cms.Context, 2).ShouldBe(new DateOnly(2024, 2, 11).DayNumber);
    }

    [Fact]
    public void A_csharp_category_returns_codes_of_its_declared_enum()
    {
        var type = CmsRules.Core.Language.Binding.ExprType.Enum(["Early", "Late"]);
        var source = ExpressionSource.Inline("opened_date < new DateOnly(2023, 3, 1) ? \"Early\" : region == null ? null : \"Late\"");
        var compiled = CSharpEscapeHatch.CompileRow(_cms.Compiler, CmsExample.CaseGroups, source, type);
        Enumerable.Range(0, 4).Select(r => compiled.Category(_cms.Context, r)).ShouldBe([0, 1, 0, 1]);
        Enumerable.Range(0, 4).Select(r => compiled.Text(_cms.Context, r)).ShouldBe(["Early", "Late", "Early", "Late"]);
        var wrong = CSharpEscapeHatch.CompileRow(_cms.Compiler, CmsExample.CaseGroups, ExpressionSource.Inline("\"Soon\""), type);
        Should.Throw<InvalidOperationException>(() => wrong.Category(_cms.Context, 0)).Message.ShouldBe("'Soon' is not one of the codes Early, Late");
    }

    [Fact]
    public void Compile_errors_are_reported_at_the_yaml_line_and_column()
    {
        // where_csharp: |
        //   opened_date <= PeriodEnd
        //     && closd_date == null
        var source = new ExpressionSource("opened_date <= PeriodEnd\n  && closd_date == null", "caseload.yaml", 20, 5, 5);
        var error = Should.Throw<DiagnosticException>(() => CSharpEscapeHatch.CompileRow(_cms.Compiler, CmsExample.CaseGroups, source, DataType.Bool))
            .Diagnostics.ShouldHaveSingleItem();
        error.Location.ShouldBe(new SourceLocation("caseload.yaml", 21, 10));
        error.Message.ShouldBe("C# CS0103: The name 'closd_date' does not exist in the current context");
    }
}
