package dev.sluice.core.functions.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.core.functions.FunctionArns;
import dev.sluice.core.functions.FunctionRecord;
import dev.sluice.core.functions.PolicyStatement;
import java.util.List;

/** Renders a resource policy and its statements as Lambda does. */
final class PolicyJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PolicyJson() {}

  static String policy(FunctionRecord function, List<PolicyStatement> statements) {
    var root = JSON.createObjectNode();
    root.put("Version", "2012-10-17");
    root.put("Id", "default");
    var array = root.putArray("Statement");
    statements.forEach(s -> array.add(statement(function, s)));
    return root.toString();
  }

  static String statementJson(FunctionRecord function, PolicyStatement statement) {
    return statement(function, statement).toString();
  }

  private static ObjectNode statement(FunctionRecord function, PolicyStatement s) {
    var node = JSON.createObjectNode();
    node.put("Sid", s.sid());
    node.put("Effect", "Allow");
    principal(node, s.principal());
    node.put("Action", s.action());
    node.put(
        "Resource",
        s.qualifier() == null ? function.arn() : FunctionArns.qualified(function, s.qualifier()));
    var condition = JSON.createObjectNode();
    if (s.sourceAccount() != null) {
      condition.putObject("StringEquals").put("AWS:SourceAccount", s.sourceAccount());
    }
    if (s.principalOrgId() != null) {
      stringEquals(condition).put("aws:PrincipalOrgID", s.principalOrgId());
    }
    if (s.eventSourceToken() != null) {
      stringEquals(condition).put("lambda:EventSourceToken", s.eventSourceToken());
    }
    if (s.sourceArn() != null) {
      condition.putObject("ArnLike").put("AWS:SourceArn", s.sourceArn());
    }
    if (!condition.isEmpty()) {
      node.set("Condition", condition);
    }
    return node;
  }

  private static ObjectNode stringEquals(ObjectNode condition) {
    return condition.has("StringEquals")
        ? (ObjectNode) condition.get("StringEquals")
        : condition.putObject("StringEquals");
  }

  private static void principal(ObjectNode node, String principal) {
    if ("*".equals(principal)) {
      node.put("Principal", "*");
    } else if (principal.endsWith(".amazonaws.com") || principal.endsWith(".amazonaws.com.cn")) {
      node.putObject("Principal").put("Service", principal);
    } else if (principal.matches("\\d{12}")) {
      node.putObject("Principal").put("AWS", "arn:aws:iam::" + principal + ":root");
    } else {
      node.putObject("Principal").put("AWS", principal);
    }
  }
}
