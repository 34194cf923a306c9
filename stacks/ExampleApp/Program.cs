using MlPlatform.Stacks.ExampleApp;

return await Pulumi.Deployment.RunAsync<ExampleAppStack>();
