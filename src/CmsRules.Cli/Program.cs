using System.CommandLine;

var root = new RootCommand("cmsrules: Child Maintenance Service official statistics from a case-level extract.");
return root.Parse(args).Invoke();
