namespace NewsParsing.Cli;

/// <summary>
/// A one-line progress bar on standard error for runs over many files: redrawn in place with a carriage
/// return and erased when done. It draws only when standard error is a terminal and the output is not (see
/// <see cref="CliConsole.CanShowProgress"/>): a redirected standard error (a log file, CI) gets nothing.
/// </summary>
internal sealed class ProgressBar : IDisposable
{
    private const int BarWidth = 30;

    private readonly TextWriter _terminal;
    private readonly int _total;
    private readonly int _width;
    private int _drawnCells = -1;
    private int _lastLength;

    private ProgressBar(TextWriter terminal, int total, int width)
    {
        _terminal = terminal;
        _total = total;
        _width = Math.Max(width, BarWidth + 20);
    }

    /// <summary>A bar for <paramref name="total"/> items, or null when none should be drawn.</summary>
    /// <param name="stderr">Standard error.</param>
    /// <param name="total">How many items the run has.</param>
    /// <param name="console">Whether standard error and output are terminals, and the width.</param>
    /// <param name="quiet">Whether the user asked for no progress (<c>--quiet</c>).</param>
    public static ProgressBar? Start(TextWriter stderr, int total, CliConsole console, bool quiet) =>
        quiet || !console.CanShowProgress || total < MinimumItems ? null : new ProgressBar(stderr, total, console.Width);

    /// <summary>A run over fewer files than this ends before a bar would be worth reading.</summary>
    public const int MinimumItems = 2;

    /// <summary>Shows that <paramref name="done"/> items are finished, the last being <paramref name="name"/>.</summary>
    public void Report(int done, string name)
    {
        var cells = (int)((long)done * BarWidth / _total);
        // Redraw only when the bar moves or on the last item: a terminal write per file would slow large runs.
        if (cells == _drawnCells && done != _total)
            return;
        _drawnCells = cells;
        var counter = $"] {done}/{_total} ";
        var room = _width - 1 - BarWidth - 1 - counter.Length;
        var label = name.Length <= room ? name : room > 1 ? "…" + name[^(room - 1)..] : "";
        var line = "[" + new string('#', cells) + new string('.', BarWidth - cells) + counter + label;
        _terminal.Write('\r' + line.PadRight(_lastLength));
        _lastLength = line.Length;
        _terminal.Flush();
    }

    /// <summary>Erases the bar, leaving the cursor at the start of an empty line.</summary>
    public void Dispose()
    {
        if (_lastLength == 0)
            return;
        _terminal.Write('\r' + new string(' ', _lastLength) + '\r');
        _terminal.Flush();
    }
}
