using NewsParsing.Internal;
using NewsParsing.Lexicons;
using NewsParsing.Metadata;
using NewsParsing.Model;
using NewsParsing.Pipeline;
using NewsParsing.Segmentation;

namespace NewsParsing.Body;

/// <summary>
/// Stage 1 for plain text: header, headline, byline, dateline, boilerplate, then the body blocks in order.
/// Every non-blank character ends up in a block or in <see cref="Article.Dropped"/> with a reason.
/// </summary>
internal sealed class PlainTextReader : IArticleStage
{
    /// <summary>A subheading is a short title line; longer unpunctuated lines are paragraphs.</summary>
    private const int MaxSubheadingWords = 15;
    private const int MaxSubheadingChars = 120;

    /// <summary>A first line alone is a headline only when it is short.</summary>
    private const int MaxStandaloneHeadlineWords = 25;

    /// <summary>Bylines sit near the top; further down "By ..." is prose.</summary>
    private const int BylineSearchBlocks = 4;

    private readonly BoilerplateRules _boilerplate;
    private readonly HeadlineExtractor _headlines;
    private readonly Lexicon _agencies;

    public PlainTextReader(LexiconSet lexicons)
    {
        _boilerplate = new BoilerplateRules(lexicons);
        _headlines = new HeadlineExtractor(lexicons);
        _agencies = lexicons.Get("agencies");
    }

    public void Run(ParseContext context)
    {
        var text = context.Text.AsSpan();
        if (text.IsWhiteSpace())
        {
            context.Diagnose(DiagnosticCode.EmptyInput, DiagnosticSeverity.Warning, "The input has no text.");
            return;
        }
        var headerEnd = HeaderReader.Read(context);
        // The blocks are a temporary of this parse: a rented array, not a list grown (and dropped) every parse.
        using var blocks = new PooledList<TextSpan>();
        var reader = new ParagraphSplitter.BlockReader(text, headerEnd, context.CancellationToken);
        while (reader.MoveNext())
            blocks.Add(reader.Current);
        if (blocks.Count == 0)
            return;

        var sharesHeaderLine = headerEnd > 0 && text[..headerEnd].IndexOf('\n') < 0 && text[headerEnd - 1] != '\n';
        var first = ReadHeadline(context, blocks, sharesHeaderLine);
        first = ReadBylines(context, blocks, first);
        var ledeIndex = -1;
        context.Body.EnsureCapacity(context.Body.Count + blocks.Count - first);
        for (var i = first; i < blocks.Count; i++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var span = blocks[i];
            var block = text[span.Start..span.End];
            if (_boilerplate.Classify(block) is { } reason)
            {
                context.Drop(span, reason);
                continue;
            }
            if (ledeIndex < 0 && DatelineExtractor.TryRead(block, out var datelineLength, out var contentStart))
            {
                var dateline = new TextSpan(span.Start, datelineLength);
                context.Dateline ??= context.SliceString(dateline);
                context.Drop(TextSpans.Trim(text, span.Start, span.Start + contentStart), DropReason.Dateline);
                span = TextSpan.FromBounds(span.Start + contentStart, span.End);
                block = text[span.Start..span.End];
            }
            var kind = Classify(block, isFirst: ledeIndex < 0, isLast: i == blocks.Count - 1);
            if (kind == BodyBlockKind.Subheading && ParagraphSplitter.IsMarkdownHeading(block))
            {
                var hashes = block.IndexOf(' ');
                span = TextSpans.Trim(text, span.Start + hashes, span.End);
            }
            context.AddBlock(kind, span);
            if (kind == BodyBlockKind.Paragraph && ledeIndex < 0)
                ledeIndex = context.Body.Count - 1;
        }

        if (context.Published is null)
            context.Diagnose(DiagnosticCode.NoPublicationDate, DiagnosticSeverity.Info, "The text gives no publication date.");
    }

    /// <summary>Finds the headline; returns the index of the first block after it.</summary>
    private int ReadHeadline(ParseContext context, PooledList<TextSpan> blocks, bool sharesHeaderLine)
    {
        var text = context.Text.AsSpan();
        var span = blocks[0];
        var block = text[span.Start..span.End];
        if (context.Headline is { } known)
        {
            // A header title repeated as the first line ("# Title") is the headline again, not body text.
            var bare = block.TrimStart('#').Trim();
            if (bare.Equals(known.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase))
            {
                context.Drop(span, DropReason.Headline);
                return 1;
            }
            return 0;
        }

        var firstLineEnd = block.IndexOf('\n');
        var firstLine = firstLineEnd < 0 ? block : block[..firstLineEnd];
        if (sharesHeaderLine || firstLine.Length > context.Options.MaxInputChars)
        {
            // "date 2025-03-14 <headline> <lede>": the boundary has no separator.
            var ledeStart = _headlines.FindLedeStart(firstLine, text);
            if (ledeStart > 0)
            {
                var headline = TextSpans.Trim(text, span.Start, span.Start + ledeStart);
                SetHeadline(context, headline);
                blocks[0] = TextSpan.FromBounds(span.Start + ledeStart, span.End);
                return 0;
            }
        }
        else if (blocks.Count > 1 && IsStandaloneHeadline(block, text[blocks[1].Start..blocks[1].End]))
        {
            SetHeadline(context, ParagraphSplitter.IsMarkdownHeading(block) ? TextSpans.Trim(text, span.Start + block.IndexOf(' '), span.End) : span);
            if (ParagraphSplitter.IsMarkdownHeading(block))
                context.Drop(new TextSpan(span.Start, block.IndexOf(' ')), DropReason.Metadata);
            return 1;
        }
        context.Diagnose(DiagnosticCode.NoHeadline, DiagnosticSeverity.Info, "The text has no line that reads as a headline; none was invented.");
        return 0;
    }

    private static void SetHeadline(ParseContext context, TextSpan span)
    {
        context.Headline = context.SliceString(span);
        context.Drop(span, DropReason.Headline, context.Headline);
    }

    private static bool IsStandaloneHeadline(ReadOnlySpan<char> block, ReadOnlySpan<char> next)
    {
        if (ParagraphSplitter.IsMarkdownHeading(block) && block.StartsWith("# "))
            return true;
        if (block.Contains('\n') || block.Length > NewsParserDefaults.MaxHeadlineChars || ParagraphSplitter.IsListItem(block))
            return false;
        var words = TextSpans.CountWords(block);
        if (words is < 2 or > MaxStandaloneHeadlineWords || !(char.IsUpper(block[0]) || char.IsDigit(block[0]) || block[0] is '"' or '\u201C' or '\u2018' or '\''))
            return false;
        if (block[^1] is ',' or ';' or ':')
            return false;
        if (!ParagraphSplitter.EndsSentence(block))
            return true;
        // Some dumps end headlines with a full stop: accept a short one before a clearly longer paragraph.
        return block[^1] is '.' or '?' or '!' && words <= 15 && next.Length >= block.Length * 2;
    }

    /// <summary>
    /// Drops the bylines among the first blocks from <paramref name="first"/> on; returns the index of the first block
    /// left. A byline is taken out by moving the blocks before it one place on, so the blocks after it keep their indexes.
    /// </summary>
    private int ReadBylines(ParseContext context, PooledList<TextSpan> blocks, int first)
    {
        var text = context.Text.AsSpan();
        var limit = Math.Min(blocks.Count, first + BylineSearchBlocks);
        for (var i = first; i < limit; i++)
        {
            var span = blocks[i];
            if (BylineExtractor.TryRead(text[span.Start..span.End], _agencies) is not { } names)
                continue;
            foreach (var name in names)
                context.AddAuthor(name);
            context.Drop(span, DropReason.Byline);
            var kept = blocks.AsSpan();
            kept[first..i].CopyTo(kept[(first + 1)..]);
            first++;
        }
        return first;
    }

    private static BodyBlockKind Classify(ReadOnlySpan<char> block, bool isFirst, bool isLast)
    {
        if (ParagraphSplitter.IsListItem(block))
            return BodyBlockKind.ListItem;
        if (ParagraphSplitter.IsMarkdownHeading(block))
            return BodyBlockKind.Subheading;
        if (block[0] == '>')
            return BodyBlockKind.Blockquote;
        if (isFirst || isLast || block.Contains('\n') || block.Length > MaxSubheadingChars)
            return BodyBlockKind.Paragraph;
        if (ParagraphSplitter.EndsSentence(block) || block[^1] is ',' or '-' or '\u2014')
            return BodyBlockKind.Paragraph;
        if (!(char.IsUpper(block[0]) || char.IsDigit(block[0])) || TextSpans.CountWords(block) > MaxSubheadingWords)
            return BodyBlockKind.Paragraph;
        return BodyBlockKind.Subheading;
    }
}
