using CmsRules.Core.Diagnostics;
using CmsRules.Core.Language.Runtime;
using CmsRules.Plugins;

namespace CmsRules.Cli.Commands;

/// <summary>A problem with the command line itself, reported as one line.</summary>
public sealed class CliException(string message) : Exception(message);

/// <summary>Turns the user's errors into messages on stderr and exit code 1, rather than stack traces.</summary>
public static class CliErrors
{
    public static int Guard(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (DiagnosticException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine($"{e.Diagnostics.Count(d => d.Severity == Severity.Error) + e.Omitted} error(s); nothing was written.");
            return 1;
        }
        catch (PluginException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        catch (Exception e) when (e is CliException or EvaluationException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }
}
