namespace CmsRules.SampleData.Simulation;

/// <summary>The contract's enum codes as UTF-8 bytes, with the weights the generator draws them by.</summary>
internal static class Codes
{
    public static ReadOnlySpan<byte> DirectPay => "DirectPay"u8;
    public static ReadOnlySpan<byte> CollectAndPay => "CollectAndPay"u8;
    public static ReadOnlySpan<byte> NewApplication => "NewApplication"u8;
    public static ReadOnlySpan<byte> CsaTransition => "CsaTransition"u8;
    public static ReadOnlySpan<byte> Live => "Live"u8;
    public static ReadOnlySpan<byte> ArrearsOnly => "ArrearsOnly"u8;
    public static ReadOnlySpan<byte> CurrentMaintenance => "CurrentMaintenance"u8;
    public static ReadOnlySpan<byte> Arrears => "Arrears"u8;

    public static readonly byte[][] ClosureReasons =
        ["RequestedByReceivingParent"u8.ToArray(), "ChildrenNoLongerQualify"u8.ToArray(), "InactiveDirectPay"u8.ToArray(), "Death"u8.ToArray(), "Other"u8.ToArray()];
    public static readonly double[] ClosureWeightsDirectPay = Cumulative(30, 25, 35, 2, 8);
    public static readonly double[] ClosureWeightsOther = Cumulative(40, 35, 0, 3, 22);

    public static readonly byte[][] SharedCareBands = ["None"u8.ToArray(), "Band1"u8.ToArray(), "Band2"u8.ToArray(), "Band3"u8.ToArray(), "Band4"u8.ToArray()];
    public static readonly double[] SharedCareWeights = Cumulative(84, 8, 5, 2, 1);

    public static readonly byte[][] ApplicantRoles = ["ReceivingParent"u8.ToArray(), "PayingParent"u8.ToArray(), "Child"u8.ToArray()];
    public const int ChildApplicant = 2;
    public static readonly double[] ApplicantRoleWeights = Cumulative(80, 18, 2);

    public static readonly byte[][] Channels = ["Online"u8.ToArray(), "Phone"u8.ToArray(), "Paper"u8.ToArray()];
    public static readonly double[] ChannelWeights = Cumulative(55, 40, 5);

    public static ReadOnlySpan<byte> Paid => "Paid"u8;
    public static ReadOnlySpan<byte> ExemptDomesticAbuse => "ExemptDomesticAbuse"u8;
    public static ReadOnlySpan<byte> ExemptUnder19 => "ExemptUnder19"u8;
    public static ReadOnlySpan<byte> NoFee => "NoFee"u8;

    public static ReadOnlySpan<byte> Arrangement => "Arrangement"u8;
    public static ReadOnlySpan<byte> NilCalculation => "NilCalculation"u8;
    public static ReadOnlySpan<byte> Closed => "Closed"u8;

    public static readonly byte[][] PaymentMethods =
        ["DirectDebit"u8.ToArray(), "StandingOrder"u8.ToArray(), "DeductionFromEarningsOrder"u8.ToArray(), "DeductionOrder"u8.ToArray(), "DeductionFromBenefit"u8.ToArray(), "Other"u8.ToArray()];
    public static readonly double[] PaymentMethodWeights = Cumulative(30, 20, 25, 5, 15, 5);

    public static readonly byte[][] MrOutcomes = ["Revised"u8.ToArray(), "NotRevised"u8.ToArray(), "Withdrawn"u8.ToArray()];
    public static readonly double[] MrOutcomeWeights = Cumulative(30, 60, 10);

    public static readonly byte[][] AppealOutcomes = ["Upheld"u8.ToArray(), "NotUpheld"u8.ToArray(), "Withdrawn"u8.ToArray(), "StruckOut"u8.ToArray()];
    public static readonly double[] AppealOutcomeWeights = Cumulative(25, 50, 20, 5);

    public static readonly byte[][] CocTypes = ["Income"u8.ToArray(), "SharedCare"u8.ToArray(), "QualifyingChildren"u8.ToArray(), "Other"u8.ToArray()];
    public const int IncomeCoc = 0;
    public static readonly double[] CocTypeWeights = Cumulative(50, 15, 15, 20);

    public static readonly byte[][] EnforcementActionTypes =
    [
        "DeductionFromEarningsOrder"u8.ToArray(), "RegularDeductionOrder"u8.ToArray(), "LumpSumDeductionOrder"u8.ToArray(),
        "LiabilityOrder"u8.ToArray(), "EnforcementAgent"u8.ToArray(), "ChargingOrder"u8.ToArray(),
        "DrivingDisqualification"u8.ToArray(), "PassportDisqualification"u8.ToArray(), "Committal"u8.ToArray(),
    ];
    public static readonly double[] EnforcementActionWeights = Cumulative(45, 18, 7, 16, 6, 3, 2, 1, 2);

    public static readonly byte[][] EnforcementOutcomes = ["Pending"u8.ToArray(), "Granted"u8.ToArray(), "Refused"u8.ToArray(), "Withdrawn"u8.ToArray()];
    public const int Pending = 0, Granted = 1;
    public static readonly double[] SettledEnforcementOutcomeWeights = Cumulative(4, 70, 10, 16);

    public static readonly byte[][] OwedTo = ["ReceivingParent"u8.ToArray(), "SecretaryOfState"u8.ToArray()];
    public static readonly double[] OwedToWeights = Cumulative(75, 25);

    public static ReadOnlySpan<byte> Collection => "Collection"u8;
    public static ReadOnlySpan<byte> WriteOff => "WriteOff"u8;
    public static ReadOnlySpan<byte> Adjustment => "Adjustment"u8;

    private static double[] Cumulative(params double[] weights)
    {
        var sums = new double[weights.Length];
        double total = 0;
        for (var i = 0; i < weights.Length; i++) sums[i] = total += weights[i];
        return sums;
    }
}
