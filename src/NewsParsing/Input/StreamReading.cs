using NewsParsing.Internal;

namespace NewsParsing.Input;

internal static class StreamReading
{
    /// <summary>Reads a stream to its end, refusing more than <paramref name="maxBytes"/>.</summary>
    public static byte[] ReadAll(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
            NewsParsingThrow.InputTooLarge(stream.Length - stream.Position, (int)Math.Min(int.MaxValue, maxBytes));
        using var buffer = new MemoryStream(stream.CanSeek ? (int)Math.Min(stream.Length - stream.Position, int.MaxValue) : 64 * 1024);
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (buffer.Length + read > maxBytes)
                NewsParsingThrow.InputTooLarge(buffer.Length + read, (int)Math.Min(int.MaxValue, maxBytes));
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
