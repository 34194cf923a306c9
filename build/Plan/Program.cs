using MlPlatform.Plan;
using Spectre.Console;

return await PlanCommand.RunAsync(args, AnsiConsole.Console).ConfigureAwait(false);
