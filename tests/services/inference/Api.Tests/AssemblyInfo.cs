// Every test here starts an ASP.NET Core host, and hosts share process-wide state: prometheus-net's default registry
// and its listeners on .NET meters, which a host being disposed in a parallel test can leave pointing at disposed
// objects (seen under CI load as an ObjectDisposedException in place of the expected start-up error). One host at a
// time keeps each test about its own host.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
