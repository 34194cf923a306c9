namespace MlPlatform.Infra.Tests;

/// <summary>When the mock engine of a <see cref="PlatformRun"/> answers the resources the program declares.</summary>
internal enum EngineAnswers
{
    /// <summary>At once, inside each resource's constructor.</summary>
    AtOnce,

    /// <summary>On the thread pool, as soon as it gets to them.</summary>
    OnThreadPool,

    /// <summary>Only once the stack's constructor has returned: every resource output is pending until then.</summary>
    AfterTheProgram,
}
