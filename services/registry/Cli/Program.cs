using MlPlatform.Registry.Cli;

return await ModelsCommand.RunAsync(args, Console.Out, Console.Error, Environment.GetEnvironmentVariable).ConfigureAwait(false);
