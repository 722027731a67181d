using AngleSharp.Dom;

namespace NewsParsing.Html;

/// <summary>
/// The attributes the region classifier and the metadata walk read, in one pass over an element's attributes: a lookup
/// by name walks the attribute list again for each name. The first value of a name counts.
/// </summary>
internal readonly record struct ElementAttributes(string? Class, string? Id, string? Role, string? Itemprop, string? Rel, string? Href, string? TestId)
{
    public static ElementAttributes Read(IElement element)
    {
        string? cls = null, id = null, role = null, itemprop = null, rel = null, href = null, testId = null;
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i];
            switch (attribute?.Name)
            {
                case "class": cls ??= attribute.Value; break;
                case "id": id ??= attribute.Value; break;
                case "role": role ??= attribute.Value; break;
                case "itemprop": itemprop ??= attribute.Value; break;
                case "rel": rel ??= attribute.Value; break;
                case "href": href ??= attribute.Value; break;
                case "data-testid": testId ??= attribute.Value; break;
            }
        }
        return new ElementAttributes(cls, id, role, itemprop, rel, href, testId);
    }
}
