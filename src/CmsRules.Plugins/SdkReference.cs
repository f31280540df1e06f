using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace CmsRules.Plugins;

/// <summary>Reads which CmsRules.Sdk version an assembly was built against from its metadata, without running any of its code.</summary>
internal static class SdkReference
{
    public const string AssemblyName = "CmsRules.Sdk";

    /// <summary>The referenced CmsRules.Sdk version, or null when the assembly does not reference the SDK.</summary>
    public static Version? Of(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata) throw new BadImageFormatException($"{Path.GetFileName(assemblyPath)} is not a .NET assembly");
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.AssemblyReferences)
        {
            var reference = metadata.GetAssemblyReference(handle);
            if (metadata.StringComparer.Equals(reference.Name, AssemblyName)) return reference.Version;
        }
        return null;
    }
}
