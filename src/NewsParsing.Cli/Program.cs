using NewsParsing.Cli;

return CommandLine.Run(args, Console.In, Console.OpenStandardOutput(), Console.Error, CliConsole.Detect());
