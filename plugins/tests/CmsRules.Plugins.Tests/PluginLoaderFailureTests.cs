using CmsRules.Core.Definitions;
using CmsRules.Core.Engine;
using Microsoft.CodeAnalysis;

namespace CmsRules.Plugins.Tests;

/// <summary>Every way a plugin can fail gives one error naming the plugin and the cause, and nothing loads.</summary>
public sealed class PluginLoaderFailureTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Plugins => _temp.Combine("plugins");

    public void Dispose() => _temp.Dispose();

    private PluginProblem LoadFails() =>
        Should.Throw<PluginException>(() => PluginLoader.LoadFrom(Plugins)).Problems.ShouldHaveSingleItem();

    /// <summary>Loads the plugins and compiles their definitions with the core's, as a run does.</summary>
    private PluginProblem CompileFails()
    {
        var set = PluginLoader.LoadFrom(Plugins);
        return Should.Throw<PluginException>(() => set.Attributing(() =>
            Catalog.Compile(DefinitionSetReader.Read([RepositoryPlugins.CoreMeasures, .. set.DefinitionFolders]), set.CreateFunctions())))
            .Problems.ShouldHaveSingleItem();
    }

    private void Build(string name, string register, IReadOnlyDictionary<string, string>? definitions = null, string members = "", params MetadataReference[] references) =>
        ThrowawayPlugin.Build(Plugins, name, register, definitions, members, references);

    [Fact]
    public void A_plugin_folder_without_its_assembly()
    {
        Directory.CreateDirectory(Path.Combine(Plugins, "Hollow"));
        var problem = LoadFails();
        problem.Plugin.ShouldBe("Hollow");
        problem.Cause.ShouldBe("its assembly Hollow.dll is missing");
    }

    [Fact]
    public void A_plugin_missing_a_dependency_and_the_same_plugin_with_it_beside()
    {
        var helper = ThrowawayPlugin.Compile(_temp.Combine("helper"), "Helper", "public static class Helper { public static string Folder() => \"defs\"; }");
        Build("NeedsHelper", "registrar.AddDefinitions(Helper.Folder());", new Dictionary<string, string> { ["m.yaml"] = Definitions.Measure("throwaway.m") },
            references: [ThrowawayPlugin.HostSdk, MetadataReference.CreateFromFile(helper)]);

        var problem = LoadFails();
        problem.Plugin.ShouldBe("NeedsHelper");
        problem.Cause.ShouldStartWith("a file it needs is missing or cannot be loaded: Helper, Version=");

        File.Copy(helper, Path.Combine(Plugins, "NeedsHelper", "Helper.dll"));
        PluginLoader.LoadFrom(Plugins).Plugins.ShouldHaveSingleItem().Name.ShouldBe("NeedsHelper"); // a private dependency resolves from the plugin's folder
    }

    [Fact]
    public void Two_plugins_each_load_their_own_version_of_a_private_dependency()
    {
        foreach (var (plugin, version, folder) in new[] { ("Alpha", "1.0.0.0", "defs-one"), ("Beta", "2.0.0.0", "defs-two") })
        {
            var shared = ThrowawayPlugin.Compile(_temp.Combine("shared-" + version), "Shared",
                $"[assembly: System.Reflection.AssemblyVersion(\"{version}\")] public static class Shared {{ public static string Folder() => \"{folder}\"; }}");
            Build(plugin, "registrar.AddDefinitions(Shared.Folder());", references: [ThrowawayPlugin.HostSdk, MetadataReference.CreateFromFile(shared)]);
            Directory.CreateDirectory(Path.Combine(Plugins, plugin, folder));
            File.Copy(shared, Path.Combine(Plugins, plugin, "Shared.dll"));
        }

        var plugins = PluginLoader.LoadFrom(Plugins).Plugins;

        plugins.Select(p => Path.GetFileName(p.DefinitionFolders.ShouldHaveSingleItem())).ShouldBe(["defs-one", "defs-two"]);
    }

    [Fact]
    public void A_plugin_that_throws_while_it_is_created()
    {
        Build("Throws", "", members: "public ThrowsPlugin() => throw new InvalidOperationException(\"no licence file\");");
        LoadFails().ShouldBe(new PluginProblem("Throws", Path.Combine(Plugins, "Throws"), "it threw InvalidOperationException while loading: no licence file"));
    }

    [Fact]
    public void A_plugin_that_throws_while_it_registers()
    {
        Build("Fails", "throw new NotSupportedException(\"not today\");");
        LoadFails().Cause.ShouldBe("it threw NotSupportedException while loading: not today");
    }

    [Fact]
    public void A_plugin_built_against_another_major_version_of_the_sdk_is_refused_before_any_of_its_code_runs()
    {
        var otherSdk = ThrowawayPlugin.Compile(_temp.Combine("sdk2"), "CmsRules.Sdk", """
            [assembly: System.Reflection.AssemblyVersion("2.0.0.0")]
            namespace CmsRules.Sdk;
            public interface IPluginRegistrar { void AddDefinitions(string folder); }
            public interface ICmsRulesPlugin { string Name { get; } string Version { get; } void Register(IPluginRegistrar registrar); }
            """);
        Build("Future", "throw new InvalidOperationException(\"must not run\");", references: MetadataReference.CreateFromFile(otherSdk));

        var problem = LoadFails();
        problem.Plugin.ShouldBe("Future");
        problem.Cause.ShouldStartWith("it was built against CmsRules.Sdk 2.0, which this host (SDK 1.0) cannot run");
    }

    [Fact]
    public void An_assembly_that_does_not_reference_the_sdk_is_not_a_plugin()
    {
        ThrowawayPlugin.Compile(Path.Combine(Plugins, "Library"), "Library", "public static class Library { }");
        LoadFails().Cause.ShouldBe("Library.dll does not reference CmsRules.Sdk, so it is not a plugin");
    }

    [Fact]
    public void A_plugin_whose_definition_folder_is_missing()
    {
        Build("NoDefs", "registrar.AddDefinitions(\"measures\");");
        LoadFails().Cause.ShouldStartWith("its definition folder 'measures' is missing");
    }

    [Fact]
    public void Every_broken_plugin_is_reported_together()
    {
        Directory.CreateDirectory(Path.Combine(Plugins, "A"));
        Build("B", "throw new NotSupportedException(\"b\");");
        Should.Throw<PluginException>(() => PluginLoader.LoadFrom(Plugins)).Problems.Select(p => p.Plugin).ShouldBe(["A", "B"]);
    }

    [Fact]
    public void A_plugins_directory_given_but_absent_is_an_error()
    {
        Should.Throw<PluginException>(() => PluginLoader.LoadFrom(_temp.Combine("nowhere"))).Message.ShouldContain("the plugins directory does not exist");
        PluginLoader.LoadFrom(_temp.Combine("nowhere"), mustExist: false).Plugins.ShouldBeEmpty();
    }

    [Fact]
    public void A_function_whose_method_does_not_match_its_declared_types()
    {
        Build("BadFunction", "registrar.AddFunction(\"twice\", Twice, ValueKind.Date, ValueKind.Integer);", members: "public static long Twice(long x) => 2 * x;");
        var set = PluginLoader.LoadFrom(Plugins);
        var problem = Should.Throw<PluginException>(set.CreateFunctions).Problems.ShouldHaveSingleItem();
        problem.Plugin.ShouldBe("BadFunction");
        problem.Cause.ShouldBe("function twice(integer) -> date: Twice must return DateOnly for Date");
    }

    [Fact]
    public void A_function_named_like_a_built_in()
    {
        Build("Shadow", "registrar.AddFunction(\"abs\", Abs, ValueKind.Integer, ValueKind.Integer);", members: "public static long Abs(long x) => x;");
        Should.Throw<PluginException>(PluginLoader.LoadFrom(Plugins).CreateFunctions).Problems.ShouldHaveSingleItem()
            .Cause.ShouldBe("function 'abs' is already defined (a built-in or another plugin's)");
    }

    [Fact]
    public void A_measure_id_that_clashes_with_the_cores()
    {
        Build("Clash", "registrar.AddDefinitions(\"defs\");", new Dictionary<string, string> { ["clash.yaml"] = Definitions.Measure("caseload.case_groups") });
        var problem = CompileFails();
        problem.Plugin.ShouldBe("Clash");
        problem.Cause.ShouldContain("error: measure 'caseload.case_groups' is declared twice (first at ");
    }

    [Fact]
    public void A_table_that_clashes_with_the_cores()
    {
        Build("TableClash", "registrar.AddDefinitions(\"defs\");", new Dictionary<string, string> { ["tables.yaml"] = Definitions.CaseGroupsTable });
        var problem = CompileFails();
        problem.Plugin.ShouldBe("TableClash");
        problem.Cause.ShouldContain("case_groups");
    }

    [Fact]
    public void A_measure_id_that_two_plugins_declare_names_the_second()
    {
        Build("First", "registrar.AddDefinitions(\"defs\");", new Dictionary<string, string> { ["a.yaml"] = Definitions.Measure("throwaway.same") });
        Build("Second", "registrar.AddDefinitions(\"defs\");", new Dictionary<string, string> { ["b.yaml"] = Definitions.Measure("throwaway.same") });
        var problem = CompileFails();
        problem.Plugin.ShouldBe("Second");
        problem.Cause.ShouldContain("measure 'throwaway.same' is declared twice");
    }

    [Fact]
    public void A_bad_definition_names_the_plugin_with_the_file_line_and_column()
    {
        Build("Typo", "registrar.AddDefinitions(\"defs\");", new Dictionary<string, string> { ["typo.yaml"] = Definitions.Measure("throwaway.typo", "sum(opend_date)") });
        var problem = CompileFails();
        problem.Plugin.ShouldBe("Typo");
        problem.Cause.ShouldContain("typo.yaml:8:");
        problem.Cause.ShouldContain("did you mean 'opened_date'?");
    }

    [Fact]
    public void A_problem_in_the_cores_own_definitions_is_not_blamed_on_a_plugin_but_is_reported_with_the_plugins()
    {
        Build("Fine", "registrar.AddDefinitions(\"defs\");", new Dictionary<string, string> { ["m.yaml"] = Definitions.Measure("throwaway.fine") });
        var core = BrokenCore();
        var set = PluginLoader.LoadFrom(Plugins);
        Should.Throw<Core.Diagnostics.DiagnosticException>(() => set.Attributing(() => Catalog.Compile(DefinitionSetReader.Read([core, .. set.DefinitionFolders]))));

        Build("Typo", "registrar.AddDefinitions(\"defs\");", new Dictionary<string, string> { ["typo.yaml"] = Definitions.Measure("throwaway.typo", "sum(opend_date)") });
        set = PluginLoader.LoadFrom(Plugins);
        var error = Should.Throw<PluginException>(() => set.Attributing(() => Catalog.Compile(DefinitionSetReader.Read([core, .. set.DefinitionFolders]))));
        error.Problems.ShouldHaveSingleItem().Plugin.ShouldBe("Typo");
        error.Others.ShouldHaveSingleItem().Message.ShouldStartWith("unknown name 'nope'");
    }

    /// <summary>A copy of the core's measures with one broken measure added.</summary>
    private string BrokenCore()
    {
        var core = _temp.Combine("core");
        Directory.CreateDirectory(core);
        foreach (var file in Directory.EnumerateFiles(RepositoryPlugins.CoreMeasures, "*.yaml")) File.Copy(file, Path.Combine(core, Path.GetFileName(file)));
        File.AppendAllText(Path.Combine(core, "caseload.yaml"), "  - id: caseload.broken\n    title: x\n    kind: count\n    rounding: count\n    from: case_groups\n    value: sum(nope)\n");
        return core;
    }
}
