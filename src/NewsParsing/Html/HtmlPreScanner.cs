using System.Buffers;
using System.Collections.Frozen;

namespace NewsParsing.Html;

/// <summary>
/// A cheap pass over the raw markup before AngleSharp sees it. AngleSharp's tree builder slows down
/// quadratically on very deep nesting (100,000 unclosed <c>&lt;div&gt;</c> take minutes), so start tags
/// beyond <c>maxDepth</c> open elements are removed (their text stays, flattened into the deepest element),
/// and the markup is cut after <c>maxElements</c> start tags. It also empties the bodies of <c>&lt;style&gt;</c>
/// and of scripts other than JSON-LD: on news pages they are half the characters, and nothing reads them
/// after the one thing taken from scripts here (a publication date written as a script key). Their tags stay,
/// so the DOM keeps its shape.
/// </summary>
internal static class HtmlPreScanner
{
    // Html is the input itself when nothing was removed, else a rented buffer: call ReturnBuffer once the DOM built from
    // it is disposed. ScriptPublished is the first publication date found as a key in a script's code
    // (Metadata.ScriptDates), read here because the scripts are emptied before the DOM is built.
    public readonly record struct Result(ReadOnlyMemory<char> Html, bool Flattened, bool Truncated, int Elements, string? ScriptPublished, char[]? Rented)
    {
        public void ReturnBuffer()
        {
            if (Rented is not null)
                ArrayPool<char>.Shared.Return(Rented);
        }
    }

    /// <summary>Longer scripts are bundled libraries, not page data; scanning them for dates costs time for nothing.</summary>
    private const int MaxScriptScanChars = 1 << 20;

    /// <summary>What the scan needs to know of a tag name; one lookup per tag.</summary>
    [Flags]
    private enum Traits
    {
        None = 0,
        /// <summary>Never holds content, or the HTML parser closes it implicitly when a sibling opens: counting it as
        /// open would make every page with unclosed <c>&lt;p&gt;</c> or <c>&lt;li&gt;</c> look deep.</summary>
        NotNesting = 1,
        /// <summary>Its content is text up to its end tag.</summary>
        RawText = 2,
        /// <summary>Script or style: raw text whose body can be emptied.</summary>
        Code = 4,
        /// <summary>Noscript, template or svg: scripts inside are not the page's data (as in HtmlMetadataReader).</summary>
        HidesScripts = 8,
        Svg = 16,
    }

    private static readonly FrozenDictionary<string, Traits> s_traits = Build();

    private static FrozenDictionary<string, Traits> Build()
    {
        var traits = new Dictionary<string, Traits>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in (string[])["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
            "param", "keygen", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
            "rp", "rt", "html", "head", "body"])
            traits[name] = Traits.NotNesting;
        foreach (var name in (string[])["textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"])
            traits[name] = Traits.RawText;
        traits["script"] = traits["style"] = Traits.RawText | Traits.Code;
        traits["noscript"] = traits["template"] = Traits.HidesScripts;
        traits["svg"] = Traits.HidesScripts | Traits.Svg;
        return traits.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static readonly SearchValues<char> s_nameEnd = SearchValues.Create(" \t\n\r\f/>");

    public static Result Scan(string html, int maxDepth, int maxElements, CancellationToken cancellationToken)
    {
        var output = new Output(html);
        string? scriptPublished = null;
        var hidden = 0; // open <noscript>, <template> and <svg>: scripts there are not the page's data (as HtmlMetadataReader)
        var depth = 0;
        var excess = 0; // start tags removed beyond maxDepth whose end tags are still to come
        var elements = 0;
        var flattened = false;
        var span = html.AsSpan();
        var i = 0;
        while (true)
        {
            var lt = span[i..].IndexOf('<');
            if (lt < 0)
                break;
            i += lt;
            if ((elements & 0x3FF) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            if (span[i..].StartsWith("<!--"))
            {
                var close = span[(i + 4)..].IndexOf("-->");
                i = close < 0 ? span.Length : i + 4 + close + 3;
                continue;
            }
            var isEnd = i + 1 < span.Length && span[i + 1] == '/';
            var nameStart = i + (isEnd ? 2 : 1);
            if (nameStart >= span.Length || !char.IsAsciiLetter(span[nameStart]))
            {
                i++;
                continue;
            }
            var nameLength = span[nameStart..].IndexOfAny(s_nameEnd);
            if (nameLength < 0)
                nameLength = span.Length - nameStart;
            var name = span.Slice(nameStart, nameLength);
            var gt = span[(nameStart + nameLength)..].IndexOf('>');
            var tagEnd = gt < 0 ? span.Length : nameStart + nameLength + gt + 1;
            s_traits.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var traits);
            if (isEnd)
            {
                if (hidden > 0 && (traits & Traits.HidesScripts) != 0)
                    hidden--;
                if ((traits & Traits.NotNesting) == 0)
                {
                    if (excess > 0)
                    {
                        excess--;
                        output.Remove(i, tagEnd);
                    }
                    else if (depth > 0)
                    {
                        depth--;
                    }
                }
                i = tagEnd;
                continue;
            }

            elements++;
            if (elements > maxElements)
            {
                output.Remove(i, html.Length);
                return output.Finish(flattened, truncated: true, elements - 1, scriptPublished);
            }
            var selfClosing = tagEnd >= 2 && span[tagEnd - 2] == '/';
            if ((traits & Traits.RawText) != 0)
            {
                if ((traits & Traits.Code) != 0)
                    i = SkipCode(span, nameStart + nameLength, name, hidden > 0, ref output, ref scriptPublished);
                else
                    i = SkipRawText(span, tagEnd, name);
                continue;
            }
            if (!selfClosing && (traits & Traits.HidesScripts) != 0)
                hidden++;
            if (!selfClosing && (traits & Traits.NotNesting) == 0)
            {
                if (depth >= maxDepth)
                {
                    excess++;
                    flattened = true;
                    output.Remove(i, tagEnd);
                }
                else
                {
                    depth++;
                }
            }
            i = tagEnd;
            // An icon's shapes: no text anyone reads, often kilobytes of path data.
            if (!selfClosing && (traits & Traits.Svg) != 0
                && StartTagEnd(span, nameStart + nameLength, out var certain) == tagEnd && certain
                && SvgInnerEnd(span, tagEnd) is var innerEnd and > 0 && innerEnd > tagEnd)
            {
                output.Remove(tagEnd, innerEnd);
                i = innerEnd;
            }
        }
        return output.Finish(flattened, truncated: false, elements, scriptPublished);
    }

    /// <summary>
    /// Where the end tag of an <c>&lt;svg&gt;</c> whose content starts at <paramref name="from"/> starts, when the content
    /// is drawing only: tags from <see cref="s_svgShapes"/>, with certain ends and no comments, CDATA, scripts or stray '&lt;'.
    /// Anything else returns -1 and the content stays: an HTML tag such as <c>&lt;p&gt;</c> breaks out of SVG
    /// (HTML 13.2.6.5), so its text is visible.
    /// </summary>
    private static int SvgInnerEnd(ReadOnlySpan<char> span, int from)
    {
        var depth = 1;
        var i = from;
        var shapes = s_svgShapes.GetAlternateLookup<ReadOnlySpan<char>>();
        while (true)
        {
            var lt = span[i..].IndexOf('<');
            if (lt < 0)
                return -1;
            i += lt;
            var isEnd = i + 1 < span.Length && span[i + 1] == '/';
            var nameStart = i + (isEnd ? 2 : 1);
            if (nameStart >= span.Length || !char.IsAsciiLetter(span[nameStart]))
                return -1;
            var nameLength = span[nameStart..].IndexOfAny(s_nameEnd);
            if (nameLength < 0)
                return -1;
            var name = span.Slice(nameStart, nameLength);
            if (!shapes.Contains(name))
                return -1;
            var tagEnd = StartTagEnd(span, nameStart + nameLength, out var certain);
            if (!certain)
                return -1;
            if (name.Equals("svg", StringComparison.OrdinalIgnoreCase))
            {
                if (isEnd && --depth == 0)
                    return i;
                if (!isEnd && span[tagEnd - 2] != '/')
                    depth++;
            }
            i = tagEnd;
        }
    }

    /// <summary>SVG elements that draw and never break out into HTML; an <c>&lt;svg&gt;</c> made only of these can be emptied.</summary>
    private static readonly HashSet<string> s_svgShapes = new(StringComparer.OrdinalIgnoreCase)
    {
        "svg", "g", "path", "circle", "ellipse", "line", "polyline", "polygon", "rect", "use", "defs", "symbol", "title", "desc",
        "lineargradient", "radialgradient", "stop", "clippath", "mask", "pattern", "image", "text", "tspan", "filter", "metadata",
        "marker", "animate", "animatetransform", "style", "feblend", "fecolormatrix", "fecomposite", "feflood", "fegaussianblur",
        "feoffset", "femerge", "femergenode", "femorphology", "feturbulence", "fedisplacementmap", "fedropshadow",
    };

    /// <summary>
    /// Past a <c>&lt;script&gt;</c> or <c>&lt;style&gt;</c> element whose start tag's name ends at <paramref name="afterName"/>:
    /// scans a script's code for a publication date, then empties the body unless it is JSON-LD (read later from the DOM)
    /// or the end of the body is not certain. Returns where the end tag starts.
    /// </summary>
    private static int SkipCode(ReadOnlySpan<char> span, int afterName, ReadOnlySpan<char> name, bool hidden, ref Output output, ref string? scriptPublished)
    {
        var tagEnd = StartTagEnd(span, afterName, out var certain);
        var bodyEnd = CodeEnd(span, tagEnd, name);
        if (bodyEnd < 0)
            return span.Length;
        var body = span[tagEnd..bodyEnd];
        var script = name.Length == 6; // "script"; the other is "style"
        var attributes = span[afterName..tagEnd];
        if (script && scriptPublished is null && !hidden && body.Length is > 0 and <= MaxScriptScanChars)
            scriptPublished = Metadata.ScriptDates.FindPublished(body);
        // "<!--" in a script switches the tokenizer to escaped states where "</script>" may not end it (HTML 13.2.5.4):
        // such a body is left to AngleSharp, as is a start tag whose end the quick scan may have misplaced.
        if (certain && body.Length > 0 && !(script && (attributes.Contains("ld+json", StringComparison.OrdinalIgnoreCase) || body.Contains("<!--", StringComparison.Ordinal))))
            output.Remove(tagEnd, bodyEnd);
        return bodyEnd;
    }

    /// <summary>
    /// The end of a start tag from <paramref name="from"/> (after its name), skipping quoted attribute values.
    /// <paramref name="certain"/> is false when a quoted value holds a '&gt;', where loose scanners disagree.
    /// </summary>
    private static int StartTagEnd(ReadOnlySpan<char> span, int from, out bool certain)
    {
        certain = true;
        var i = from;
        while (i < span.Length)
        {
            var c = span[i];
            if (c == '>')
                return i + 1;
            i++;
            if (c != '=')
                continue;
            while (i < span.Length && span[i] is ' ' or '\t' or '\n' or '\r' or '\f')
                i++;
            if (i < span.Length && span[i] is '"' or '\'')
            {
                var close = span[(i + 1)..].IndexOf(span[i]);
                if (close < 0)
                {
                    certain = false;
                    return span.Length;
                }
                if (span.Slice(i + 1, close).Contains('>'))
                    certain = false;
                i += close + 2;
            }
        }
        certain = false;
        return span.Length;
    }

    /// <summary>
    /// Where the end tag of a script or style body starts: "&lt;/" and the name followed by white space, '/' or '&gt;'
    /// (an appropriate end tag, HTML 13.2.5), or -1 when there is none.
    /// </summary>
    private static int CodeEnd(ReadOnlySpan<char> span, int from, ReadOnlySpan<char> name)
    {
        var i = from;
        while (i < span.Length)
        {
            var at = span[i..].IndexOf("</", StringComparison.Ordinal);
            if (at < 0)
                return -1;
            i += at + 2;
            if (span[i..].StartsWith(name, StringComparison.OrdinalIgnoreCase)
                && (i + name.Length == span.Length || span[i + name.Length] is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>'))
                return i - 2;
        }
        return -1;
    }

    /// <summary>The markup with parts removed, built in a pooled buffer on the first removal (never longer than the input).</summary>
    private struct Output(string html)
    {
        private char[]? _buffer;
        private int _length;
        private int _copiedUpTo;

        /// <summary>Leaves out <c>[start, end)</c> of the input; calls come in increasing order.</summary>
        public void Remove(int start, int end)
        {
            _buffer ??= ArrayPool<char>.Shared.Rent(html.Length);
            html.AsSpan(_copiedUpTo, start - _copiedUpTo).CopyTo(_buffer.AsSpan(_length));
            _length += start - _copiedUpTo;
            _copiedUpTo = end;
        }

        public readonly Result Finish(bool flattened, bool truncated, int elements, string? scriptPublished)
        {
            if (_buffer is null)
                return new Result(html.AsMemory(), flattened, truncated, elements, scriptPublished, null);
            html.AsSpan(_copiedUpTo).CopyTo(_buffer.AsSpan(_length));
            var length = _length + html.Length - _copiedUpTo;
            return new Result(_buffer.AsMemory(0, length), flattened, truncated, elements, scriptPublished, _buffer);
        }
    }

    // The content of <script>, <style> and similar elements is text up to the matching end tag.
    private static int SkipRawText(ReadOnlySpan<char> span, int from, ReadOnlySpan<char> name)
    {
        var i = from;
        while (i < span.Length)
        {
            var at = span[i..].IndexOf("</", StringComparison.Ordinal);
            if (at < 0)
                return span.Length;
            i += at + 2;
            if (span[i..].StartsWith(name, StringComparison.OrdinalIgnoreCase))
                return i - 2;
        }
        return span.Length;
    }
}
