namespace NewsParsing.Cli;

/// <summary>
/// What the command needs to know about the process's console, detected once in <c>Program</c> and given
/// explicitly so that tests can stand in for a terminal or a pipe.
/// </summary>
/// <param name="InputIsPiped">Standard input is a pipe or a file (<c>cat a.txt | newsparse</c>,
/// <c>newsparse &lt; a.txt</c>), not a terminal and not <c>/dev/null</c>.</param>
/// <param name="OutputIsTerminal">Standard output is a terminal: the output is being read there.</param>
/// <param name="ErrorIsTerminal">Standard error is a terminal, so a progress bar can be drawn on it.</param>
/// <param name="Width">The terminal's width in columns.</param>
internal sealed record CliConsole(bool InputIsPiped, bool OutputIsTerminal, bool ErrorIsTerminal, int Width)
{
    /// <summary>No terminal and nothing piped: what tests and scripts that redirect everything look like.</summary>
    public static CliConsole Redirected { get; } = new(false, false, false, 80);

    /// <summary>
    /// A progress bar is drawn on standard error when that is a terminal and the output goes elsewhere (a file,
    /// a pipe): on a terminal that also shows the output, the bar would break the output's lines.
    /// </summary>
    public bool CanShowProgress => ErrorIsTerminal && !OutputIsTerminal;

    public static CliConsole Detect()
    {
        var errorIsTerminal = !Console.IsErrorRedirected;
        var width = 80;
        if (errorIsTerminal)
        {
            try
            {
                width = Console.WindowWidth > 0 ? Console.WindowWidth : 80;
            }
            catch (IOException)
            {
                // No window size to read (a terminal without one): keep the default.
            }
        }
        return new CliConsole(StandardInputCarriesData(), !Console.IsOutputRedirected, errorIsTerminal, width);
    }

    /// <summary>
    /// Whether standard input carries data to read. On Linux its descriptor's target tells: a pipe or a regular
    /// file does; <c>/dev/null</c>, a socket or a terminal does not, so a harness that starts the command with
    /// such a standard input still gets the seeds/ run instead of a run that waits for input.
    /// </summary>
    private static bool StandardInputCarriesData()
    {
        if (!Console.IsInputRedirected)
            return false;
        if (!OperatingSystem.IsLinux())
            return true;
        try
        {
            var target = new FileInfo("/proc/self/fd/0").LinkTarget;
            return target is not null
                && (target.StartsWith("pipe:", StringComparison.Ordinal)
                    || (target.StartsWith('/') && !target.StartsWith("/dev/", StringComparison.Ordinal)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
