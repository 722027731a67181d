using NewsParsing.Benchmarks.Running;

// Usage: NewsParsing.Benchmarks [--short | --full] [--check [--max-drop R]] [--out DIR] [--filter TEXT]
// See benchmarks/run, which builds in Release and calls this.
return BenchRunner.Run(args);
