using System.Text;
using static NewsParsing.Tests.Robustness.GeneratedInputs;

namespace NewsParsing.Tests.Robustness;

/// <summary>
/// A cancelled token stops a parse: already cancelled, it stops before any work; cancelled after a short delay,
/// a parse of a pathological input ends with <see cref="OperationCanceledException"/>. The tests assert how a
/// parse ends, never how long it took.
/// </summary>
public class CancellationTests
{
    private static readonly NewsParser s_parser = NewsParser.Default;

    [Fact]
    public void AlreadyCancelledToken_StopsEveryEntryPoint()
    {
        var cancelled = new CancellationToken(canceled: true);
        var text = Prose(10_000);

        Assert.ThrowsAny<OperationCanceledException>(() => s_parser.Parse(text, cancelled));
        Assert.ThrowsAny<OperationCanceledException>(() => s_parser.Parse(text.AsMemory(), cancelled));
        Assert.ThrowsAny<OperationCanceledException>(() => s_parser.ParseHtml("<html><body><p>Hi</p></body></html>", null, cancelled));
        Assert.ThrowsAny<OperationCanceledException>(() => s_parser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(text)), cancelled));
        Assert.ThrowsAny<OperationCanceledException>(() => s_parser.ParseHtml(new MemoryStream("<p>Hi</p>"u8.ToArray()), null, cancelled));
    }

    /// <summary>Pathological inputs of a given size, for each format.</summary>
    public static TheoryData<string> Shapes => ["short lines", "crlf prose", "quote marks", "unclosed divs", "unclosed script"];

    private static (string Input, bool Html) Build(string shape, int size) => shape switch
    {
        "short lines" => (Repeat("- item\n# Heading\nBy Ann Lee\nword\n\n", size / 36), false),
        "crlf prose" => (Prose(size).Replace("\n", "\r\n", StringComparison.Ordinal), false),
        "quote marks" => ("Quotes\n\n" + Repeat("\u201CHe said \"no\u2019 ", size / 16), false),
        "unclosed divs" => ("<!doctype html><html><body>" + Repeat("<div><p>text ", size / 13), true),
        _ => ("<!doctype html><html><body><p>Text.</p><script>" + Repeat("var a = '<p>x</p>';\n", size / 20), true),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void TokenCancelledDuringAParse_EndsItWithOperationCanceled(string shape)
    {
        // Double the input until a parse is still running when the token fires: on any machine one is, long
        // before the input limit, since the work grows with the input and the delay does not.
        for (var size = 1 << 20; size <= NewsParserDefaults.MaxInputChars / 2; size *= 2)
        {
            var (input, html) = Build(shape, size);
            using var source = new CancellationTokenSource();
            // A thread of its own fires the token: a timer's callback waits for the thread pool, which parallel
            // tests can keep busy until a fast parse of even the largest input is over.
            var canceller = new Thread(() =>
            {
                Thread.Sleep(5);
                source.Cancel();
            });
            canceller.Start();
            try
            {
                _ = html ? s_parser.ParseHtml(input, null, source.Token) : s_parser.Parse(input, source.Token);
            }
            catch (OperationCanceledException e)
            {
                Assert.Equal(source.Token, e.CancellationToken);
                return;
            }
            finally
            {
                canceller.Join();
            }
        }
        Assert.Fail("no parse was cancelled, even of the largest input");
    }

    [Fact]
    public void TokenCancelledWhileReadingAStream_EndsWithOperationCanceled()
    {
        using var source = new CancellationTokenSource();
        var stream = new CancellingStream(Encoding.UTF8.GetBytes(Prose(1 << 20)), source, cancelAfterReads: 3);

        Assert.ThrowsAny<OperationCanceledException>(() => s_parser.Parse(stream, source.Token));
    }

    /// <summary>A non-seekable stream that cancels a token after some reads, like a client going away mid-upload.</summary>
    private sealed class CancellingStream(byte[] bytes, CancellationTokenSource source, int cancelAfterReads) : Stream
    {
        private int _position;
        private int _reads;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (++_reads == cancelAfterReads)
                source.Cancel();
            var n = Math.Min(count, bytes.Length - _position);
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
