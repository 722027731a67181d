using System.Collections.Frozen;

namespace NewsParsing.Html;

/// <summary>How the text walker treats each HTML element name.</summary>
internal static class HtmlTags
{
    public enum Kind
    {
        /// <summary>Starts and ends a block of text (the default, also for unknown and custom elements).</summary>
        Block,
        /// <summary>Text inside flows with its surroundings.</summary>
        Inline,
        /// <summary>A line break.</summary>
        LineBreak,
        /// <summary>Holds no readable text (scripts, styles, forms controls, media).</summary>
        Skip,
    }

    private static readonly FrozenDictionary<string, Kind> s_kinds = new Dictionary<string, Kind>(StringComparer.Ordinal)
    {
        ["a"] = Kind.Inline,
        ["abbr"] = Kind.Inline,
        ["b"] = Kind.Inline,
        ["bdi"] = Kind.Inline,
        ["bdo"] = Kind.Inline,
        ["cite"] = Kind.Inline,
        ["code"] = Kind.Inline,
        ["data"] = Kind.Inline,
        ["dfn"] = Kind.Inline,
        ["em"] = Kind.Inline,
        ["font"] = Kind.Inline,
        ["i"] = Kind.Inline,
        ["kbd"] = Kind.Inline,
        ["mark"] = Kind.Inline,
        ["q"] = Kind.Inline,
        ["s"] = Kind.Inline,
        ["samp"] = Kind.Inline,
        ["small"] = Kind.Inline,
        ["span"] = Kind.Inline,
        ["strong"] = Kind.Inline,
        ["sub"] = Kind.Inline,
        ["sup"] = Kind.Inline,
        ["time"] = Kind.Inline,
        ["u"] = Kind.Inline,
        ["var"] = Kind.Inline,
        ["label"] = Kind.Inline,
        ["img"] = Kind.Inline,
        ["wbr"] = Kind.Inline,
        ["del"] = Kind.Inline,
        ["ins"] = Kind.Inline,
        ["big"] = Kind.Inline,
        ["tt"] = Kind.Inline,
        ["strike"] = Kind.Inline,
        ["nobr"] = Kind.Inline,
        ["acronym"] = Kind.Inline,
        ["ruby"] = Kind.Inline,
        ["rb"] = Kind.Inline,
        ["picture"] = Kind.Inline,
        ["br"] = Kind.LineBreak,
        ["script"] = Kind.Skip,
        ["style"] = Kind.Skip,
        ["noscript"] = Kind.Skip,
        ["template"] = Kind.Skip,
        ["svg"] = Kind.Skip,
        ["math"] = Kind.Skip,
        ["iframe"] = Kind.Skip,
        ["object"] = Kind.Skip,
        ["embed"] = Kind.Skip,
        ["canvas"] = Kind.Skip,
        ["button"] = Kind.Skip,
        ["select"] = Kind.Skip,
        ["input"] = Kind.Skip,
        ["textarea"] = Kind.Skip,
        ["option"] = Kind.Skip,
        ["head"] = Kind.Skip,
        ["link"] = Kind.Skip,
        ["meta"] = Kind.Skip,
        ["title"] = Kind.Skip,
        ["video"] = Kind.Skip,
        ["audio"] = Kind.Skip,
        ["source"] = Kind.Skip,
        ["track"] = Kind.Skip,
        ["map"] = Kind.Skip,
        ["dialog"] = Kind.Skip,
        ["rp"] = Kind.Skip,
        ["rt"] = Kind.Skip,
        ["base"] = Kind.Skip,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static Kind Classify(string localName) => s_kinds.TryGetValue(localName, out var kind) ? kind : Kind.Block;

    /// <summary>
    /// Attributes nothing reads (image sources, sizes, tooltips, event handlers, ARIA labels, script data): AngleSharp
    /// is told not to build them (<see cref="AngleSharp.Html.Parser.HtmlParserOptions.ShouldEmitAttribute"/>). A list of
    /// what is dropped, not of what is kept, so a newly read attribute is never lost silently; "data-testid" labels bylines.
    /// </summary>
    private static readonly FrozenSet<string> s_unreadAttributes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "src", "srcset", "sizes", "alt", "title", "width", "height", "loading", "decoding", "target", "tabindex",
        "fetchpriority", "crossorigin", "integrity", "referrerpolicy", "nonce", "async", "defer");

    public static bool IsReadAttribute(ref AngleSharp.Html.Parser.Tokens.Struct.StructHtmlToken token, ReadOnlyMemory<char> name)
    {
        var span = name.Span;
        if (span.Length > 5 && span.StartsWith("data-", StringComparison.OrdinalIgnoreCase))
            return span.Equals("data-testid", StringComparison.OrdinalIgnoreCase);
        if (span.Length > 5 && span.StartsWith("aria-", StringComparison.OrdinalIgnoreCase))
            return false;
        // Event handlers ("onclick"); no other HTML attribute starts with "on".
        if (span.Length > 2 && span.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            return false;
        return !s_unreadAttributes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(span);
    }
}
