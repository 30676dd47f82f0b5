package dev.sluice.it.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.it.support.LambdaClients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

@ExtendWith(SluiceExtension.class)
class PermissionsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static LambdaClient lambda;

  @BeforeAll
  static void client(URI endpoint) {
    lambda = LambdaClients.lambda(endpoint);
  }

  private static void allowS3(String function, String sid) {
    lambda.addPermission(
        b ->
            b.functionName(function)
                .statementId(sid)
                .action("lambda:InvokeFunction")
                .principal("s3.amazonaws.com")
                .sourceArn("arn:aws:s3:::uploads")
                .sourceAccount("000000000000"));
  }

  @Test
  void aPolicyIsRenderedAsLambdaRendersIt() throws Exception {
    LambdaClients.create(lambda, "perm-render", LambdaClients.nodeZip("1"));
    allowS3("perm-render", "s3-invoke");

    var policy = JSON.readTree(lambda.getPolicy(b -> b.functionName("perm-render")).policy());

    assertThat(policy.path("Version").asText()).isEqualTo("2012-10-17");
    var statement = policy.path("Statement").get(0);
    assertThat(statement.path("Sid").asText()).isEqualTo("s3-invoke");
    assertThat(statement.path("Effect").asText()).isEqualTo("Allow");
    assertThat(statement.path("Principal").path("Service").asText()).isEqualTo("s3.amazonaws.com");
    assertThat(statement.path("Resource").asText())
        .isEqualTo(LambdaClients.ARN_PREFIX + "perm-render");
    assertThat(statement.path("Condition").path("ArnLike").path("AWS:SourceArn").asText())
        .isEqualTo("arn:aws:s3:::uploads");
    assertThat(statement.path("Condition").path("StringEquals").path("AWS:SourceAccount").asText())
        .isEqualTo("000000000000");
  }

  @Test
  void aStatementIdIsUsedOnce() {
    LambdaClients.create(lambda, "perm-twice", LambdaClients.nodeZip("1"));
    allowS3("perm-twice", "same");

    assertThatThrownBy(() -> allowS3("perm-twice", "same"))
        .isInstanceOf(ResourceConflictException.class)
        .hasMessageStartingWith("The statement id (same) provided already exists.");
  }

  @Test
  void removingTheLastStatementLeavesNoPolicy() {
    LambdaClients.create(lambda, "perm-remove", LambdaClients.nodeZip("1"));
    allowS3("perm-remove", "gone");

    lambda.removePermission(b -> b.functionName("perm-remove").statementId("gone"));

    assertThatThrownBy(() -> lambda.getPolicy(b -> b.functionName("perm-remove")))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(
            () -> lambda.removePermission(b -> b.functionName("perm-remove").statementId("gone")))
        .isInstanceOf(ResourceNotFoundException.class);
  }
}
