using MlPlatform.Inference.Api;
using MlPlatform.Inference.Api.Endpoints;
using MlPlatform.Inference.Api.Grpc;
using MlPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddInferenceRuntime(args);

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOipApi();
app.MapRepositoryApi();
app.MapGrpcService<InferenceGrpcService>();
app.Run();

/// <summary>The entry point (public so functional tests can host it).</summary>
public partial class Program;
