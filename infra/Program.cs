using MlPlatform.Infra;

return await Pulumi.Deployment.RunAsync<PlatformStack>();
