using System.CommandLine;
using CmsRules.Cli;
using CmsRules.Cli.Commands;

HugePages.AdviseHeap(); // before the heap grows: see there why
var root = new RootCommand("cmsrules: Child Maintenance Service official statistics from a case-level extract.");
root.Subcommands.Add(RunCommand.Create());
root.Subcommands.Add(TestCommand.Create());
root.Subcommands.Add(GenerateCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(CompareCommand.Create());
root.Subcommands.Add(ExplainCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(PluginsCommand.Create());
return root.Parse(args).Invoke();
