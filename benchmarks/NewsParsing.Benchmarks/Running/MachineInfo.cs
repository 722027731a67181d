using System.Runtime.InteropServices;

namespace NewsParsing.Benchmarks.Running;

/// <summary>One line naming the machine, written beside every result.</summary>
internal static class MachineInfo
{
    public static string Describe()
    {
        var cpu = RuntimeInformation.ProcessArchitecture.ToString();
        try
        {
            if (File.Exists("/proc/cpuinfo"))
            {
                var model = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
                if (model is not null)
                    cpu = model[(model.IndexOf(':') + 1)..].Trim();
            }
        }
        catch (IOException)
        {
        }
        return $"{cpu}, {Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription}, " +
            $"{RuntimeInformation.FrameworkDescription} {RuntimeInformation.ProcessArchitecture}, BenchmarkDotNet 0.15.8 in-process";
    }
}
