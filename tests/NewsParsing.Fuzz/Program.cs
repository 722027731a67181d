using NewsParsing.Fuzz;
using SharpFuzz;

// AFL++ runs this once per target: `dotnet NewsParsing.Fuzz.dll text|html` (README "Fuzzing", fuzz.sh).
// Out of process: SharpFuzz restarts the runtime after a crash, so one bad input cannot poison later runs.
Action<byte[]>? target = args.Length == 1 ? args[0] switch
{
    "text" => FuzzTargets.Text,
    "html" => FuzzTargets.Html,
    _ => null,
} : null;

if (target is null)
{
    Console.Error.WriteLine("usage: NewsParsing.Fuzz text|html   (run under afl-fuzz; see README \"Fuzzing\")");
    return 2;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
return 0;
