using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("MlPlatform.Policies.Cli.Tests")]
