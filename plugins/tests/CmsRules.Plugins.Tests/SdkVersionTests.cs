using CmsRules.Sdk;

namespace CmsRules.Plugins.Tests;

/// <summary>A plugin runs on a host with the same SDK major and a minor at least the one it was built against.</summary>
public sealed class SdkVersionTests
{
    [Theory]
    [InlineData(0, 0, true)]
    [InlineData(0, 1, false)] // built against a newer minor: it may call what this host lacks
    [InlineData(-1, 0, false)]
    [InlineData(1, 0, false)]
    public void Compatibility(int majorOffset, int minorOffset, bool compatible) =>
        SdkVersion.IsCompatible(new Version(SdkVersion.Major + majorOffset, SdkVersion.Minor + minorOffset)).ShouldBe(compatible);

    [Fact]
    public void An_older_minor_of_the_same_major_is_compatible()
    {
        for (var minor = 0; minor <= SdkVersion.Minor; minor++) SdkVersion.IsCompatible(new Version(SdkVersion.Major, minor)).ShouldBeTrue();
    }
}
