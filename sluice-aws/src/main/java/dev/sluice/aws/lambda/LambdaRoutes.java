package dev.sluice.aws.lambda;

import dev.sluice.aws.lambda.internal.Route;
import dev.sluice.aws.lambda.operations.AddPermission;
import dev.sluice.aws.lambda.operations.CreateAlias;
import dev.sluice.aws.lambda.operations.CreateFunction;
import dev.sluice.aws.lambda.operations.DeleteAlias;
import dev.sluice.aws.lambda.operations.DeleteFunction;
import dev.sluice.aws.lambda.operations.DeleteFunctionConcurrency;
import dev.sluice.aws.lambda.operations.DeleteFunctionEventInvokeConfig;
import dev.sluice.aws.lambda.operations.GetAccountSettings;
import dev.sluice.aws.lambda.operations.GetAlias;
import dev.sluice.aws.lambda.operations.GetFunction;
import dev.sluice.aws.lambda.operations.GetFunctionConcurrency;
import dev.sluice.aws.lambda.operations.GetFunctionConfiguration;
import dev.sluice.aws.lambda.operations.GetFunctionEventInvokeConfig;
import dev.sluice.aws.lambda.operations.GetPolicy;
import dev.sluice.aws.lambda.operations.Invoke;
import dev.sluice.aws.lambda.operations.ListAliases;
import dev.sluice.aws.lambda.operations.ListFunctionEventInvokeConfigs;
import dev.sluice.aws.lambda.operations.ListFunctions;
import dev.sluice.aws.lambda.operations.ListTags;
import dev.sluice.aws.lambda.operations.ListVersionsByFunction;
import dev.sluice.aws.lambda.operations.PublishVersion;
import dev.sluice.aws.lambda.operations.PutFunctionConcurrency;
import dev.sluice.aws.lambda.operations.PutFunctionEventInvokeConfig;
import dev.sluice.aws.lambda.operations.RemovePermission;
import dev.sluice.aws.lambda.operations.TagResource;
import dev.sluice.aws.lambda.operations.UntagResource;
import dev.sluice.aws.lambda.operations.UpdateAlias;
import dev.sluice.aws.lambda.operations.UpdateFunctionCode;
import dev.sluice.aws.lambda.operations.UpdateFunctionConfiguration;
import dev.sluice.aws.lambda.operations.UpdateFunctionEventInvokeConfig;
import dev.sluice.core.functions.FunctionService;
import java.util.List;

/** Every Lambda operation Sluice serves, by method and path (from the API model). */
final class LambdaRoutes {
  private static final String FUNCTIONS = "/2015-03-31/functions";
  private static final String FUNCTION = FUNCTIONS + "/{FunctionName}";
  private static final String EVENT_CONFIG =
      "/2019-09-25/functions/{FunctionName}/event-invoke-config";
  private static final String TAGS = "/2017-03-31/tags/{Resource}";

  private LambdaRoutes() {}

  static List<Route> of(FunctionService f) {
    return List.of(
        Route.of("POST", FUNCTIONS, new CreateFunction(f)),
        Route.of("GET", FUNCTIONS, new ListFunctions(f)),
        Route.of("GET", FUNCTION, new GetFunction(f)),
        Route.of("DELETE", FUNCTION, new DeleteFunction(f)),
        Route.of("GET", FUNCTION + "/configuration", new GetFunctionConfiguration(f)),
        Route.of("PUT", FUNCTION + "/configuration", new UpdateFunctionConfiguration(f)),
        Route.of("PUT", FUNCTION + "/code", new UpdateFunctionCode(f)),
        Route.of("POST", FUNCTION + "/invocations", new Invoke(f)),
        Route.of("POST", FUNCTION + "/versions", new PublishVersion(f)),
        Route.of("GET", FUNCTION + "/versions", new ListVersionsByFunction(f)),
        Route.of("POST", FUNCTION + "/aliases", new CreateAlias(f)),
        Route.of("GET", FUNCTION + "/aliases", new ListAliases(f)),
        Route.of("GET", FUNCTION + "/aliases/{Name}", new GetAlias(f)),
        Route.of("PUT", FUNCTION + "/aliases/{Name}", new UpdateAlias(f)),
        Route.of("DELETE", FUNCTION + "/aliases/{Name}", new DeleteAlias(f)),
        Route.of("POST", FUNCTION + "/policy", new AddPermission(f)),
        Route.of("GET", FUNCTION + "/policy", new GetPolicy(f)),
        Route.of("DELETE", FUNCTION + "/policy/{StatementId}", new RemovePermission(f)),
        Route.of(
            "PUT",
            "/2017-10-31/functions/{FunctionName}/concurrency",
            new PutFunctionConcurrency(f)),
        Route.of(
            "DELETE",
            "/2017-10-31/functions/{FunctionName}/concurrency",
            new DeleteFunctionConcurrency(f)),
        Route.of(
            "GET",
            "/2019-09-30/functions/{FunctionName}/concurrency",
            new GetFunctionConcurrency(f)),
        Route.of("PUT", EVENT_CONFIG, new PutFunctionEventInvokeConfig(f)),
        Route.of("POST", EVENT_CONFIG, new UpdateFunctionEventInvokeConfig(f)),
        Route.of("GET", EVENT_CONFIG, new GetFunctionEventInvokeConfig(f)),
        Route.of("DELETE", EVENT_CONFIG, new DeleteFunctionEventInvokeConfig(f)),
        Route.of("GET", EVENT_CONFIG + "/list", new ListFunctionEventInvokeConfigs(f)),
        Route.of("POST", TAGS, new TagResource(f)),
        Route.of("DELETE", TAGS, new UntagResource(f)),
        Route.of("GET", TAGS, new ListTags(f)),
        Route.of("GET", "/2016-08-19/account-settings", new GetAccountSettings(f)));
  }
}
