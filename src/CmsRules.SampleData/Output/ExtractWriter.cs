namespace CmsRules.SampleData.Output;

/// <summary>One open <see cref="CsvFileWriter"/> per table of the extract, headers written, plus the running id counters.</summary>
internal sealed class ExtractWriter : IDisposable
{
    private readonly Dictionary<string, CsvFileWriter> _byFile = new(StringComparer.Ordinal);

    public ExtractWriter(string directory)
    {
        foreach (var (file, columns) in ExtractFiles.All)
            _byFile.Add(file, new CsvFileWriter(Path.Combine(directory, file), columns));
        CaseGroups = _byFile[ExtractFiles.CaseGroups];
        ServiceTypeHistory = _byFile[ExtractFiles.ServiceTypeHistory];
        Children = _byFile[ExtractFiles.Children];
        Applications = _byFile[ExtractFiles.Applications];
        Liabilities = _byFile[ExtractFiles.Liabilities];
        Payments = _byFile[ExtractFiles.Payments];
        ArrearsBalances = _byFile[ExtractFiles.ArrearsBalances];
        Complaints = _byFile[ExtractFiles.Complaints];
        Calls = _byFile[ExtractFiles.Calls];
        MandatoryReconsiderations = _byFile[ExtractFiles.MandatoryReconsiderations];
        Appeals = _byFile[ExtractFiles.Appeals];
        ChangesOfCircumstances = _byFile[ExtractFiles.ChangesOfCircumstances];
        AccuracyChecks = _byFile[ExtractFiles.AccuracyChecks];
        EnforcementActions = _byFile[ExtractFiles.EnforcementActions];
        LegacyArrears = _byFile[ExtractFiles.LegacyArrears];
        LegacyArrearsTransactions = _byFile[ExtractFiles.LegacyArrearsTransactions];
        Constituencies = _byFile[ExtractFiles.Constituencies];
    }

    public CsvFileWriter CaseGroups { get; }
    public CsvFileWriter ServiceTypeHistory { get; }
    public CsvFileWriter Children { get; }
    public CsvFileWriter Applications { get; }
    public CsvFileWriter Liabilities { get; }
    public CsvFileWriter Payments { get; }
    public CsvFileWriter ArrearsBalances { get; }
    public CsvFileWriter Complaints { get; }
    public CsvFileWriter Calls { get; }
    public CsvFileWriter MandatoryReconsiderations { get; }
    public CsvFileWriter Appeals { get; }
    public CsvFileWriter ChangesOfCircumstances { get; }
    public CsvFileWriter AccuracyChecks { get; }
    public CsvFileWriter EnforcementActions { get; }
    public CsvFileWriter LegacyArrears { get; }
    public CsvFileWriter LegacyArrearsTransactions { get; }
    public CsvFileWriter Constituencies { get; }

    /// <summary>Flushes every file to disk, after which the extract is complete, and says what each holds.</summary>
    public IReadOnlyList<TableSummary> Complete()
    {
        var summary = new List<TableSummary>(ExtractFiles.All.Count);
        foreach (var (file, _) in ExtractFiles.All)
        {
            var writer = _byFile[file];
            writer.Complete();
            summary.Add(new TableSummary(file, writer.Rows, writer.Bytes));
        }
        return summary;
    }

    public void Dispose()
    {
        foreach (var writer in _byFile.Values) writer.Dispose();
    }
}
