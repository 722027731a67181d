using System.Runtime.InteropServices;
using System.Text;
using AngleSharp.Dom;
using NewsParsing.Body;
using NewsParsing.Lexicons;
using NewsParsing.Metadata;
using NewsParsing.Model;

namespace NewsParsing.Html;

/// <summary>
/// Finds the article text in a page: one walk over the DOM turns it into text blocks (paragraphs, headings,
/// list items, quotations, tables), each tagged with the region it sits in; the container with the most
/// prose (scored as Readability does: commas and length, less link text) and its prose-bearing siblings is
/// the body; everything else is dropped with a reason. Immutable; all per-call state lives in a walker.
/// </summary>
internal sealed class ContentExtractor
{
    /// <summary>Shorter blocks carry too little evidence to vote for a container.</summary>
    private const int MinScoredChars = 25;

    /// <summary>A block more than this share of link text is a list of links, not prose.</summary>
    private const double MaxLinkDensity = 0.5;

    /// <summary>A region marked as boilerplate is still kept when it holds at least this share of the page's prose.</summary>
    private const double ProseShareThatOverridesMarks = 0.6;

    private readonly RegionClassifier _regions;
    private readonly BoilerplateRules _boilerplate;
    private readonly Lexicon _agencies;

    public ContentExtractor(RegionClassifier regions, BoilerplateRules boilerplate, Lexicon agencies)
    {
        _regions = regions;
        _boilerplate = boilerplate;
        _agencies = agencies;
    }

    /// <summary>One block of page text before selection.</summary>
    internal sealed class RawBlock
    {
        public required string Text { get; init; }
        public required BodyBlockKind Kind { get; init; }
        public required int LinkChars { get; init; }
        public required IElement Element { get; init; }
        public required DropReason? Reason { get; init; }
        public int HeadingLevel { get; init; }

        /// <summary>The outermost marked region the block is in, and whether its class or id marked it.</summary>
        public IElement? Mark { get; init; }
        public bool MarkFromClass { get; init; }

        /// <summary>The innermost marked region and its reason, for when the outer mark is overruled.</summary>
        public IElement? InnerMark { get; init; }
        public DropReason? InnerReason { get; init; }

        public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
    }

    /// <summary>The blocks kept as the body and those dropped, in page order.</summary>
    public readonly record struct Result(List<RawBlock> All, List<RawBlock> Kept, List<(RawBlock Block, DropReason Reason)> Dropped, bool NotAnArticle, int KeptChars = 0);

    public Result Extract(IElement root, CancellationToken cancellationToken)
    {
        var walker = new Walker(this, root, cancellationToken);
        var start = new Context(null, BodyBlockKind.Paragraph, root, 0, null, false, null, null);
        walker.Walk(root, start);
        walker.Flush(start);
        var result = Select(walker.Blocks, overruleClassMarks: false);
        // Too little text: the article may sit inside a region whose class words mislead (Readability's retry).
        if (result.KeptChars < RetryBelowChars)
        {
            var retry = Select(walker.Blocks, overruleClassMarks: true);
            if (retry.KeptChars > result.KeptChars)
                result = retry;
        }
        return result;
    }

    /// <summary>A body shorter than this is checked again with class-based marks overruled.</summary>
    private const int RetryBelowChars = 500;

    /// <summary>The reason that applies to a block given the chosen container.</summary>
    private static DropReason? EffectiveReason(RawBlock block, bool overruleClassMarks, IElement? top)
    {
        if (!overruleClassMarks || block.Reason is null || !block.MarkFromClass)
            return block.Reason;
        if (top is null)
            return null;
        if (block.Mark is not null && !IsAncestorOrSelf(block.Mark, top))
            return block.Reason;
        return block.InnerMark is not null && !IsAncestorOrSelf(block.InnerMark, top) ? block.InnerReason : null;
    }

    private static bool IsAncestorOrSelf(IElement ancestor, IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (ReferenceEquals(e, ancestor))
                return true;
        }
        return false;
    }

    private Result Select(List<RawBlock> blocks, bool overruleClassMarks)
    {
        var kept = new List<RawBlock>();
        var dropped = new List<(RawBlock, DropReason)>();
        if (blocks.Count == 0)
            return new Result(blocks, kept, dropped, NotAnArticle: false);

        // Totals of text and link text per element, for link density of candidates.
        var totals = new Dictionary<IElement, (int Chars, int Links)>(ReferenceEqualityComparer.Instance);
        var allChars = 0;
        var allLinks = 0;
        foreach (var block in blocks)
        {
            allChars += block.Text.Length;
            allLinks += block.LinkChars;
            for (var e = block.Element; e is not null; e = e.ParentElement)
            {
                ref var t = ref CollectionsMarshal.GetValueRefOrAddDefault(totals, e, out _);
                t = (t.Chars + block.Text.Length, t.Links + block.LinkChars);
            }
        }

        var scores = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        foreach (var block in blocks)
        {
            if (EffectiveReason(block, overruleClassMarks, null) is not null || block.Text.Length < MinScoredChars || block.Kind is BodyBlockKind.Subheading
                || block.LinkDensity > MaxLinkDensity)
                continue;
            var score = 1.0 + Commas(block.Text) + Math.Min(block.Text.Length / 100.0, 3);
            var level = 0;
            for (var e = block.Element.ParentElement; e is not null && level < 5; e = e.ParentElement, level++)
            {
                ref var current = ref CollectionsMarshal.GetValueRefOrAddDefault(scores, e, out var exists);
                if (!exists)
                    current = InitialScore(e);
                var divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                current += score / divider;
            }
        }

        IElement? top = null;
        var topScore = double.MinValue;
        var finals = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        foreach (var (element, score) in scores)
        {
            totals.TryGetValue(element, out var t);
            var final = score * (1 - (t.Chars == 0 ? 0 : (double)t.Links / t.Chars));
            finals[element] = final;
            if (final > topScore)
            {
                topScore = final;
                top = element;
            }
        }

        if (top is null)
        {
            foreach (var block in blocks)
                dropped.Add((block, block.Reason ?? DropReason.Boilerplate));
            return new Result(blocks, kept, dropped, NotAnArticle: allChars > 0);
        }

        top = PromoteToSharedAncestor(top, topScore, finals);
        var selected = new HashSet<IElement>(ReferenceEqualityComparer.Instance) { top };
        if (top.ParentElement is { } parent)
        {
            var threshold = Math.Max(10, finals.GetValueOrDefault(top) * 0.2);
            for (var sibling = parent.FirstElementChild; sibling is not null; sibling = sibling.NextElementSibling)
            {
                if (ReferenceEquals(sibling, top))
                    continue;
                if (finals.TryGetValue(sibling, out var s) && s >= threshold)
                {
                    selected.Add(sibling);
                    continue;
                }
                if (sibling.LocalName == "p" && totals.TryGetValue(sibling, out var t) && t.Chars > 0)
                {
                    var density = (double)t.Links / t.Chars;
                    if (t.Chars > 80 && density < 0.25 || t.Chars <= 80 && density == 0 && EndsSentence(sibling.TextContent))
                        selected.Add(sibling);
                }
            }
        }

        var keptChars = 0;
        foreach (var block in blocks)
        {
            var inside = false;
            for (var e = block.Element; e is not null; e = e.ParentElement)
            {
                if (selected.Contains(e))
                {
                    inside = true;
                    break;
                }
            }
            if (!inside)
            {
                dropped.Add((block, EffectiveReason(block, overruleClassMarks, top) ?? (block.HeadingLevel == 1 ? DropReason.Headline : DropReason.Boilerplate)));
                continue;
            }
            if (KeepReason(block, EffectiveReason(block, overruleClassMarks, top)) is { } reason)
            {
                dropped.Add((block, reason));
                continue;
            }
            kept.Add(block);
            keptChars += block.Text.Length;
        }

        // A listing or gallery page: little prose, and most of the page's text is links.
        var notAnArticle = keptChars < 300 && allChars > 0 && (double)allLinks / allChars > 0.5 && !HasProse(blocks);
        if (notAnArticle)
        {
            foreach (var block in kept)
                dropped.Add((block, DropReason.Navigation));
            kept.Clear();
        }
        return new Result(blocks, kept, dropped, notAnArticle, keptChars);
    }

    /// <summary>Whether any block of the page reads as a paragraph of prose rather than a teaser or a link.</summary>
    private static bool HasProse(List<RawBlock> blocks)
    {
        foreach (var block in blocks)
        {
            if (block.Text.Length >= 200 && block.LinkDensity < 0.2 && block.Reason is not DropReason.Comments)
                return true;
        }
        return false;
    }

    /// <summary>Why a block inside the chosen container is still not body text, or null to keep it.</summary>
    private DropReason? KeepReason(RawBlock block, DropReason? mark)
    {
        if (mark is { } reason)
            return reason;
        if (block.HeadingLevel == 1)
            return DropReason.Headline;
        if (block.LinkDensity > MaxLinkDensity && block.Kind != BodyBlockKind.Table)
            return DropReason.Related;
        if (_boilerplate.Classify(block.Text) is { } boilerplate)
            return boilerplate;
        if (block.Text.Length < 160 && BylineExtractor.TryRead(block.Text, _agencies) is not null)
            return DropReason.Byline;
        return null;
    }

    // When the best container is one of several columns of the same story (text split by ads or figures),
    // their common ancestor is the article: Readability's rule of three of the top five.
    private static IElement PromoteToSharedAncestor(IElement top, double topScore, Dictionary<IElement, double> finals)
    {
        var contenders = new List<IElement>(5);
        foreach (var (element, score) in finals)
        {
            if (!ReferenceEquals(element, top) && score >= topScore * 0.75)
                contenders.Add(element);
        }
        if (contenders.Count < 2)
            return top;
        for (var ancestor = top.ParentElement; ancestor is not null && ancestor.LocalName is not ("body" or "html"); ancestor = ancestor.ParentElement)
        {
            var within = 0;
            foreach (var contender in contenders)
            {
                if (ancestor.Contains(contender))
                    within++;
            }
            if (within >= 2)
                return ancestor;
        }
        return top;
    }

    private double InitialScore(IElement element)
    {
        var score = ClassWeight(element) + element.LocalName switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return score;
    }

    private double ClassWeight(IElement element)
    {
        var verdict = _regions.Classify(element);
        return (verdict.Content ? 25 : 0) - (verdict.Reason is null ? 0 : 25);
    }

    private static int Commas(string text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (c is ',' or '\u3001' or '\uFF0C' or '\u060C')
                n++;
        }
        return n;
    }

    private static bool EndsSentence(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '\u3002';
    }

    internal readonly record struct Context(DropReason? Reason, BodyBlockKind Kind, IElement Block, int HeadingLevel, IElement? Mark, bool MarkFromClass, IElement? InnerMark, DropReason? InnerReason);

    /// <summary>The state of one walk over one page.</summary>
    private sealed class Walker
    {
        private readonly ContentExtractor _owner;
        private readonly CancellationToken _cancellationToken;
        private readonly StringBuilder _run = new();
        private readonly Stack<(IElement Element, bool InParagraph)> _proseStack = new();
        private readonly int _pageProse;
        private int _runLinks;
        private int _linkDepth;
        private bool _pendingSpace;
        private int _visited;

        public Walker(ContentExtractor owner, IElement root, CancellationToken cancellationToken)
        {
            _owner = owner;
            _cancellationToken = cancellationToken;
            _pageProse = ProseChars(root, int.MaxValue);
        }

        public List<RawBlock> Blocks { get; } = [];

        public void Walk(IElement element, Context context)
        {
            // By index: AngleSharp finds a node's NextSibling by searching its parent's children.
            var children = element.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                var child = children[i];
                if (child.NodeType == NodeType.Text)
                    Append(((IText)child).Data);
                else if (child.NodeType == NodeType.Element)
                    Visit((IElement)child, context);
            }
        }

        private void Visit(IElement element, Context context)
        {
            if ((++_visited & 0x3FF) == 0)
                _cancellationToken.ThrowIfCancellationRequested();
            var name = element.LocalName;
            var tag = HtmlTags.Classify(name);
            if (tag == HtmlTags.Kind.Skip || IsHidden(element))
                return;
            if (tag == HtmlTags.Kind.LineBreak)
            {
                Break(context);
                return;
            }
            if (tag == HtmlTags.Kind.Inline)
            {
                var link = name == "a";
                if (link)
                    _linkDepth++;
                Walk(element, context);
                if (link)
                    _linkDepth--;
                return;
            }

            Flush(context);
            var inner = context with { Block = element };
            if (OwnReason(element, name, context.Reason is null) is { } own)
            {
                inner = context.Reason is null
                    ? inner with { Reason = own.Reason, Mark = element, MarkFromClass = own.FromClass, InnerMark = element, InnerReason = own.Reason }
                    : inner with { InnerMark = element, InnerReason = own.Reason };
            }
            switch (name)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    inner = inner with { Kind = BodyBlockKind.Subheading, HeadingLevel = name[1] - '0' };
                    break;
                case "li" or "dd" or "dt":
                    inner = inner with { Kind = context.Kind == BodyBlockKind.Blockquote ? BodyBlockKind.Blockquote : BodyBlockKind.ListItem };
                    break;
                case "blockquote":
                    inner = inner with { Kind = BodyBlockKind.Blockquote };
                    break;
                case "p":
                    if (context.Kind == BodyBlockKind.Subheading)
                        inner = inner with { Kind = BodyBlockKind.Paragraph, HeadingLevel = 0 };
                    break;
                case "figcaption" or "caption":
                    inner = inner with { Reason = inner.Reason ?? DropReason.Caption };
                    break;
                case "pre":
                    AddBlock(Collect(element, preserve: true), BodyBlockKind.Preformatted, 0, inner);
                    return;
                case "table" when IsDataTable(element):
                    AddBlock(TableText(element), BodyBlockKind.Table, 0, inner);
                    return;
            }
            Walk(element, inner);
            Flush(inner);
        }

        private (DropReason Reason, bool FromClass)? OwnReason(IElement element, string name, bool outermost)
        {
            DropReason? reason = name switch
            {
                "nav" => DropReason.Navigation,
                "footer" => DropReason.Navigation,
                "aside" => DropReason.Related,
                "header" => DropReason.Metadata,
                "form" => DropReason.Markup,
                _ => null,
            };
            var fromClass = false;
            // Page-wide wrappers carry template classes ("tag-news", "has-sidebar") that say nothing of their content.
            if (reason is null && name is not ("html" or "body" or "main" or "article"))
            {
                reason = _owner._regions.Classify(element).Reason;
                fromClass = reason is not null;
            }
            if (reason is not { } found)
                return null;
            // A mark on a region that holds most of the page's prose is a template accident, not boilerplate.
            if (outermost && _pageProse > 0 && ProseChars(element, (int)Math.Ceiling(_pageProse * ProseShareThatOverridesMarks)) >= _pageProse * ProseShareThatOverridesMarks)
                return null;
            return (found, fromClass);
        }

        private void Append(string data)
        {
            foreach (var c in data)
            {
                if (c is ' ' or '\n' or '\t' or '\r' or '\f' or '\u00A0' || char.IsWhiteSpace(c))
                {
                    _pendingSpace = true;
                    continue;
                }
                if (c is '\u200B' or '\uFEFF' or '\u00AD')
                    continue;
                if (_pendingSpace && _run.Length > 0 && _run[^1] != '\n')
                {
                    _run.Append(' ');
                    if (_linkDepth > 0)
                        _runLinks++;
                }
                _pendingSpace = false;
                _run.Append(c);
                if (_linkDepth > 0)
                    _runLinks++;
            }
        }

        private void Break(Context context)
        {
            _pendingSpace = false;
            TrimRunEnd();
            if (_run.Length == 0)
                return;
            if (_run[^1] == '\n')
            {
                Flush(context);
                return;
            }
            _run.Append('\n');
        }

        private void TrimRunEnd()
        {
            while (_run.Length > 0 && _run[^1] == ' ')
                _run.Length--;
        }

        public void Flush(Context context)
        {
            _pendingSpace = false;
            while (_run.Length > 0 && _run[^1] is ' ' or '\n')
                _run.Length--;
            if (_run.Length > 0)
            {
                var start = 0;
                while (start < _run.Length && _run[start] is ' ' or '\n')
                    start++;
                AddBlock(_run.ToString(start, _run.Length - start), context.Kind, Math.Min(_runLinks, _run.Length - start), context);
            }
            _run.Clear();
            _runLinks = 0;
        }

        private void AddBlock(string text, BodyBlockKind kind, int links, Context context)
        {
            if (text.Length == 0)
                return;
            Blocks.Add(new RawBlock
            {
                Text = text,
                Kind = kind,
                LinkChars = links,
                Element = context.Block,
                Reason = context.Reason,
                Mark = context.Mark,
                MarkFromClass = context.MarkFromClass,
                InnerMark = context.InnerMark,
                InnerReason = context.InnerReason,
                HeadingLevel = kind == BodyBlockKind.Subheading ? context.HeadingLevel : 0,
            });
        }

        private static bool IsHidden(IElement element)
        {
            if (element.HasAttribute("hidden"))
                return true;
            var style = element.GetAttribute("style");
            if (style is null)
                return false;
            return ContainsIgnoringSpaces(style, "display:none") || ContainsIgnoringSpaces(style, "visibility:hidden");
        }

        private static bool ContainsIgnoringSpaces(string text, string value)
        {
            var at = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == ' ')
                    continue;
                if (char.ToLowerInvariant(c) == value[at])
                {
                    if (++at == value.Length)
                        return true;
                }
                else
                {
                    at = char.ToLowerInvariant(c) == value[0] ? 1 : 0;
                }
            }
            return false;
        }

        // A table of data has rows of cells; a table holding paragraphs, lists or other tables is page layout.
        private static bool IsDataTable(IElement table)
        {
            if (table.GetAttribute("role") is "presentation" or "none")
                return false;
            var rows = 0;
            var stack = new Stack<IElement>();
            for (var c = table.FirstElementChild; c is not null; c = c.NextElementSibling)
                stack.Push(c);
            while (stack.Count > 0)
            {
                var e = stack.Pop();
                switch (e.LocalName)
                {
                    case "table" or "p" or "div" or "ul" or "ol" or "h1" or "h2" or "h3" or "h4" or "blockquote" or "article" or "section":
                        return false;
                    case "tr":
                        rows++;
                        break;
                }
                for (var c = e.FirstElementChild; c is not null; c = c.NextElementSibling)
                    stack.Push(c);
            }
            return rows > 1;
        }

        private static string TableText(IElement table)
        {
            var text = new StringBuilder();
            foreach (var row in table.QuerySelectorAll("tr"))
            {
                var first = true;
                var line = new StringBuilder();
                for (var cell = row.FirstElementChild; cell is not null; cell = cell.NextElementSibling)
                {
                    if (cell.LocalName is not ("td" or "th"))
                        continue;
                    if (!first)
                        line.Append('\t');
                    first = false;
                    line.Append(Collect(cell, preserve: false));
                }
                if (line.ToString().Trim('\t').Length == 0)
                    continue;
                if (text.Length > 0)
                    text.Append('\n');
                text.Append(line);
            }
            return text.ToString();
        }

        /// <summary>The text of an element: white space collapsed, or kept as it is for <c>pre</c>.</summary>
        private static string Collect(IElement element, bool preserve)
        {
            var text = new StringBuilder();
            var space = false;
            Gather(element, text, preserve, ref space);
            return preserve ? text.ToString().Trim('\n', '\r') : text.ToString().Trim();
        }

        private static void Gather(INode node, StringBuilder text, bool preserve, ref bool space)
        {
            var children = node.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                var child = children[i];
                if (child is IText t)
                {
                    if (preserve)
                    {
                        text.Append(t.Data.Replace("\r\n", "\n", StringComparison.Ordinal));
                        continue;
                    }
                    foreach (var c in t.Data)
                    {
                        if (char.IsWhiteSpace(c))
                        {
                            space = true;
                            continue;
                        }
                        if (space && text.Length > 0)
                            text.Append(' ');
                        space = false;
                        text.Append(c);
                    }
                }
                else if (child is IElement e)
                {
                    if (HtmlTags.Classify(e.LocalName) == HtmlTags.Kind.Skip)
                        continue;
                    if (e.LocalName == "br")
                    {
                        text.Append(preserve ? "\n" : " ");
                        continue;
                    }
                    Gather(e, text, preserve, ref space);
                }
            }
        }

        /// <summary>
        /// Characters of text inside <c>p</c> elements below an element: how much prose it holds, counted until
        /// <paramref name="enough"/> is reached (the callers only compare with a threshold).
        /// </summary>
        private int ProseChars(IElement root, int enough)
        {
            var total = 0;
            var stack = _proseStack;
            stack.Clear();
            stack.Push((root, root.LocalName == "p"));
            while (stack.Count > 0 && total < enough)
            {
                var (e, inParagraph) = stack.Pop();
                var children = e.ChildNodes;
                for (var i = 0; i < children.Length; i++)
                {
                    var child = children[i];
                    if (child.NodeType == NodeType.Text)
                    {
                        if (inParagraph)
                            total += ((IText)child).Data.Length;
                    }
                    else if (child.NodeType == NodeType.Element && (IElement)child is var c && HtmlTags.Classify(c.LocalName) != HtmlTags.Kind.Skip)
                    {
                        stack.Push((c, inParagraph || c.LocalName == "p"));
                    }
                }
            }
            return total;
        }
    }
}
