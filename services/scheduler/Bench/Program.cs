using MlPlatform.Scheduler.Bench;

return await BenchRunner.RunAsync(args).ConfigureAwait(false);
