using MlPlatform.Policies.Cli;

return PolicyCommand.Run(args, Console.Out, Console.Error, Environment.CurrentDirectory);
