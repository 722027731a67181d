using NewsParsing.Model;

namespace NewsParsing.Claims;

/// <summary>
/// The lists one claims run fills and clears block by block and claim by claim, kept emptied on the thread for the next
/// run: new ones would be allocated and grown from empty, and the hints' arrays rented, on every parse. A run takes them
/// with <see cref="Take"/> and gives them back with <see cref="Dispose"/>, so a second run on the thread meanwhile (none
/// today) makes its own. A long article's lists are not kept.
/// </summary>
internal sealed class ClaimScratch : IDisposable
{
    /// <summary>Above this many tokens in one block (or quote mentions, or sentences) the lists are not kept for the next run.</summary>
    private const int MaxSpareTokens = 4096;

    [ThreadStatic]
    private static ClaimScratch? t_spare;

    public readonly List<Token> Tokens = new(256);
    public readonly List<(int First, int End)> Sentences = [];
    public readonly List<Attribution> Attributions = [];
    public readonly List<AttributionScanner.Frame> Frames = [];
    public readonly List<Hedge> Hedges = [];
    public readonly List<NumberMention> Numbers = [];
    public readonly List<DateMention> Dates = [];
    public readonly List<TextSpan> QuoteMentions = [];
    public readonly ScanHints Hints = new();

    private ClaimScratch()
    {
    }

    /// <summary>The thread's spare lists, empty, or new ones.</summary>
    public static ClaimScratch Take()
    {
        var scratch = t_spare ?? new ClaimScratch();
        t_spare = null;
        return scratch;
    }

    /// <summary>Empties the lists (dropping the references they hold) and keeps them for the thread's next run.</summary>
    public void Dispose()
    {
        Tokens.Clear();
        Sentences.Clear();
        Attributions.Clear();
        Frames.Clear();
        Hedges.Clear();
        Numbers.Clear();
        Dates.Clear();
        QuoteMentions.Clear();
        // The quote mentions are the whole article's, the others one block's or one sentence's.
        if (Tokens.Capacity > MaxSpareTokens || QuoteMentions.Capacity > MaxSpareTokens || Sentences.Capacity > MaxSpareTokens || !Hints.TryReset())
        {
            Hints.Dispose();
            return;
        }
        t_spare = this;
    }
}
