namespace NewsParsing.Model;

/// <summary>The role of a block of body text.</summary>
public enum BodyBlockKind
{
    /// <summary>A paragraph of running text (the lede is the first one).</summary>
    Paragraph,
    /// <summary>A short heading inside the body ("Kursk conflict: A shifting battlefield").</summary>
    Subheading,
    /// <summary>One item of a bulleted or numbered list.</summary>
    ListItem,
    /// <summary>A block quotation set apart from the running text.</summary>
    Blockquote,
    /// <summary>A table rendered as text, one row a line, cells separated by tabs.</summary>
    Table,
    /// <summary>Preformatted text (code, poetry), kept as it is.</summary>
    Preformatted,
}

/// <summary>One block of the article body, in reading order.</summary>
/// <param name="Kind">What the block is.</param>
/// <param name="Span">Where the block's text is in <see cref="Article.Text"/>.</param>
/// <param name="Text">The block's text: <c>Article.Text</c> sliced by <paramref name="Span"/>.</param>
public sealed record BodyBlock(BodyBlockKind Kind, TextSpan Span, string Text);
