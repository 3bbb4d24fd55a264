using Spectre.Console;

namespace Disclosure.Cli.Commands;

/// <summary>The console the commands write to; wide when redirected so Chinese messages are not cut into pieces.</summary>
internal static class Output
{
    public static IAnsiConsole Console { get; } = Create();

    private static IAnsiConsole Create()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Out) });
        if (System.Console.IsOutputRedirected)
        {
            console.Profile.Width = 240;
        }

        return console;
    }
}
