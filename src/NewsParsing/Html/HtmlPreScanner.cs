using System.Buffers;
using System.Text;

namespace NewsParsing.Html;

/// <summary>
/// A cheap pass over the raw markup before AngleSharp sees it. AngleSharp's tree builder slows down
/// quadratically on very deep nesting (100,000 unclosed <c>&lt;div&gt;</c> take minutes), so start tags
/// beyond <c>maxDepth</c> open elements are removed (their text stays, flattened into the deepest element),
/// and the markup is cut after <c>maxElements</c> start tags. Most pages pass unchanged and allocate nothing.
/// </summary>
internal static class HtmlPreScanner
{
    public readonly record struct Result(string Html, bool Flattened, bool Truncated, int Elements);

    // Elements that never hold content, or that the HTML parser closes implicitly when a sibling opens:
    // counting them as open would make every page with unclosed <p> or <li> look deep.
    private static readonly HashSet<string> s_notNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "param", "keygen", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
        "rp", "rt", "html", "head", "body",
    };

    private static readonly HashSet<string> s_rawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    private static readonly SearchValues<char> s_nameEnd = SearchValues.Create(" \t\n\r\f/>");

    public static Result Scan(string html, int maxDepth, int maxElements, CancellationToken cancellationToken)
    {
        StringBuilder? output = null; // created on the first tag removed
        var copiedUpTo = 0;
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
            var lookup = s_notNesting.GetAlternateLookup<ReadOnlySpan<char>>();
            if (isEnd)
            {
                if (!lookup.Contains(name))
                {
                    if (excess > 0)
                    {
                        excess--;
                        Remove(ref output, html, ref copiedUpTo, i, tagEnd);
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
                output ??= new StringBuilder(html.Length);
                output.Append(html, copiedUpTo, i - copiedUpTo);
                return new Result(output.ToString(), flattened, Truncated: true, elements - 1);
            }
            var selfClosing = tagEnd >= 2 && span[tagEnd - 2] == '/';
            if (s_rawText.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
            {
                i = SkipRawText(span, tagEnd, name);
                continue;
            }
            if (!selfClosing && !lookup.Contains(name))
            {
                if (depth >= maxDepth)
                {
                    excess++;
                    flattened = true;
                    Remove(ref output, html, ref copiedUpTo, i, tagEnd);
                }
                else
                {
                    depth++;
                }
            }
            i = tagEnd;
        }
        if (output is null)
            return new Result(html, flattened, Truncated: false, elements);
        output.Append(html, copiedUpTo, html.Length - copiedUpTo);
        return new Result(output.ToString(), flattened, Truncated: false, elements);
    }

    private static void Remove(ref StringBuilder? output, string html, ref int copiedUpTo, int start, int end)
    {
        output ??= new StringBuilder(html.Length);
        output.Append(html, copiedUpTo, start - copiedUpTo);
        copiedUpTo = end;
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
