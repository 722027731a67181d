namespace NewsParsing.Internal;

internal static class StringListExtensions
{
    /// <summary>
    /// Adds a non-empty value unless the list holds it already, ignoring case. A linear search: the lists are
    /// short (authors, tags), and their callers cap them.
    /// </summary>
    public static void AddIfAbsent(this List<string> list, string value)
    {
        if (value.Length == 0)
            return;
        foreach (var existing in list)
        {
            if (string.Equals(existing, value, StringComparison.OrdinalIgnoreCase))
                return;
        }
        list.Add(value);
    }
}
