package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaJson;
import dev.sluice.aws.lambda.internal.LambdaRequest;
import dev.sluice.aws.lambda.internal.RequestFields;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.functions.PermissionInput;
import dev.sluice.core.functions.PolicyStatement;
import dev.sluice.core.result.Result;

/** {@code POST /2015-03-31/functions/{FunctionName}/policy}: 201 with the statement JSON. */
public final class AddPermission implements LambdaBinding {
  private final FunctionService functions;

  public AddPermission(FunctionService functions) {
    this.functions = functions;
  }

  @Override
  public Result<HttpResponse> handle(LambdaRequest request) {
    return request
        .json()
        .flatMap(
            body ->
                functions.addPermission(
                    request.caller(),
                    new PermissionInput(
                        request.path("FunctionName"),
                        request.query().first("Qualifier"),
                        new PolicyStatement(
                            RequestFields.text(body, "StatementId"),
                            RequestFields.text(body, "Action"),
                            RequestFields.text(body, "Principal"),
                            RequestFields.text(body, "SourceArn"),
                            RequestFields.text(body, "SourceAccount"),
                            RequestFields.text(body, "PrincipalOrgID"),
                            RequestFields.text(body, "EventSourceToken"),
                            null),
                        RequestFields.text(body, "RevisionId"))))
        .map(statement -> LambdaJson.json(201, LambdaJson.object().put("Statement", statement)));
  }
}
