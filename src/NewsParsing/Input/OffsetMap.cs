namespace NewsParsing.Model;

/// <summary>
/// Maps offsets in normalised text back to the caller's original string. The identity map holds no
/// array, so text that needed no change pays nothing.
/// </summary>
internal readonly struct OffsetMap
{
    // _toSource[i] is the source offset of normalised offset i; one extra entry maps the end.
    private readonly int[]? _toSource;

    internal OffsetMap(int[]? toSource) => _toSource = toSource;

    public static OffsetMap Identity => default;

    public bool IsIdentity => _toSource is null;

    public int Map(int offset) => _toSource is null ? offset : _toSource[offset];

    public TextSpan Map(TextSpan span)
    {
        if (_toSource is null)
            return span;
        var start = _toSource[span.Start];
        return TextSpan.FromBounds(start, _toSource[span.End]);
    }
}
