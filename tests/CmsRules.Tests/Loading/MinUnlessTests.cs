using CmsRules.Core.Diagnostics;
using CmsRules.Core.Loading;
using CmsRules.Core.Schema;

namespace CmsRules.Tests.Loading;

/// <summary>`min_unless` exempts the rows of some enum codes from `min`: an amount more than 0 unless the transaction is an Adjustment.</summary>
public sealed class MinUnlessTests : IDisposable
{
    private const string Declaration = """
        tables:
          - name: transactions
            columns:
              - { name: txn_type, type: enum, codes: [Collection, WriteOff, Adjustment] }
              - { name: amount, type: pence, min: 1, min_unless: { column: txn_type, codes: [Adjustment] } }
        """;

    private readonly TestExtract _extract = new();

    public void Dispose() => _extract.Dispose();

    [Fact]
    public void Only_rows_of_other_codes_must_meet_the_min()
    {
        _extract.Write("transactions.csv", "txn_type,amount", "Adjustment,-300", "Collection,500", "Adjustment,0", "WriteOff,0", "Collection,-1");

        var errors = Should.Throw<DiagnosticException>(() => ExtractLoader.Load(DataDictionaryReader.Read([("t.yaml", Declaration)]), _extract.Directory)).Diagnostics;

        errors.Select(e => (e.Location.Line, e.Message)).ShouldBe([
            (5, "column 'amount': '0' must be more than 0"),
            (6, "column 'amount': '-1' must be more than 0"),
        ]);
    }

    [Fact]
    public void The_exempting_column_must_be_an_enum_with_those_codes_and_min_must_be_given()
    {
        const string bad = """
            tables:
              - name: transactions
                columns:
                  - { name: note, type: string }
                  - { name: txn_type, type: enum, codes: [Collection, Adjustment] }
                  - { name: amount, type: pence, min: 1, min_unless: { column: txn_type, codes: [Adjustmant] } }
                  - { name: other, type: pence, min: 1, min_unless: { column: note, codes: [x] } }
                  - { name: third, type: pence, min_unless: { column: txn_type, codes: [Adjustment] } }
            """;
        var messages = Should.Throw<DiagnosticException>(() => DataDictionaryReader.Read([("t.yaml", bad)])).Diagnostics.Select(d => d.Message).ToList();
        messages.ShouldContain("column 'amount': min_unless: 'Adjustmant' is not a code of txn_type (did you mean 'Adjustment'?)");
        messages.ShouldContain("column 'other': min_unless names 'note', which is not an enum column");
        messages.ShouldContain("column 'third': min_unless makes exceptions to min, which is missing");
    }
}
