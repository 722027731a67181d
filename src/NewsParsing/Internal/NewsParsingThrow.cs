using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace NewsParsing.Internal;

/// <summary>Throws kept out of hot methods so those stay small enough to inline.</summary>
internal static class NewsParsingThrow
{
    [DoesNotReturn, StackTraceHidden]
    public static void InputTooLarge(long length, int limit) =>
        throw new NewsParsingException(NewsParsingErrorKind.InputTooLarge, limit,
            $"The input has {length} characters; the limit (NewsParserOptions.MaxInputChars) is {limit}.");

    [DoesNotReturn, StackTraceHidden]
    public static void OptionOutOfRange(string name, long value) =>
        throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive.");
}
