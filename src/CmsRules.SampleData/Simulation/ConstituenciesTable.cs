using CmsRules.SampleData.Geography;
using CmsRules.SampleData.Output;

namespace CmsRules.SampleData.Simulation;

/// <summary>Writes the constituency lookup: every constituency a case group may carry, with its name and region.</summary>
internal static class ConstituenciesTable
{
    public static void Write(CsvFileWriter row)
    {
        foreach (var constituency in GreatBritain.Constituencies)
        {
            row.Text(constituency.Code);
            row.Text(constituency.Name);
            row.Text(constituency.RegionCode);
            row.EndRow();
        }
    }
}
