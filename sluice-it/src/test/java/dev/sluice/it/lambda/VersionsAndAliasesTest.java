package dev.sluice.it.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.it.support.LambdaClients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.AliasConfiguration;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

@ExtendWith(SluiceExtension.class)
class VersionsAndAliasesTest {
  static LambdaClient lambda;

  @BeforeAll
  static void client(URI endpoint) {
    lambda = LambdaClients.lambda(endpoint);
  }

  @Test
  void versionsAreNumberedAndImmutable() {
    LambdaClients.create(lambda, "ver-numbers", LambdaClients.nodeZip("1"));

    var first = lambda.publishVersion(b -> b.functionName("ver-numbers").description("first"));
    var unchanged = lambda.publishVersion(b -> b.functionName("ver-numbers"));
    lambda.updateFunctionConfiguration(b -> b.functionName("ver-numbers").timeout(9));
    var second = lambda.publishVersion(b -> b.functionName("ver-numbers"));

    assertThat(first.version()).isEqualTo("1");
    assertThat(first.functionArn()).isEqualTo(LambdaClients.ARN_PREFIX + "ver-numbers:1");
    assertThat(unchanged.version()).isEqualTo("1");
    assertThat(second.version()).isEqualTo("2");
    assertThat(
            lambda
                .getFunctionConfiguration(b -> b.functionName("ver-numbers").qualifier("1"))
                .timeout())
        .isEqualTo(3);
    assertThat(
            lambda.listVersionsByFunction(b -> b.functionName("ver-numbers")).versions().stream()
                .map(FunctionConfiguration::version))
        .containsExactly("$LATEST", "1", "2");
  }

  @Test
  void publishingChecksTheCodeSha256() {
    LambdaClients.create(lambda, "ver-sha", LambdaClients.nodeZip("1"));

    assertThatThrownBy(
            () -> lambda.publishVersion(b -> b.functionName("ver-sha").codeSha256("nope")))
        .isInstanceOf(InvalidParameterValueException.class)
        .hasMessageContaining("CodeSHA256 (nope) is different from current CodeSHA256 in $LATEST");
  }

  @Test
  void createFunctionWithPublishMakesVersionOne() {
    var created =
        lambda.createFunction(
            LambdaClients.request("ver-publish", LambdaClients.nodeZip("1")).publish(true).build());

    assertThat(created.version()).isEqualTo("1");
  }

  @Test
  void aliasesPointAtVersionsAndQualifyArns() {
    LambdaClients.create(lambda, "ver-alias", LambdaClients.nodeZip("1"));
    lambda.publishVersion(b -> b.functionName("ver-alias"));
    lambda.updateFunctionCode(
        b ->
            b.functionName("ver-alias")
                .zipFile(SdkBytes.fromByteArray(LambdaClients.nodeZip("2"))));
    lambda.publishVersion(b -> b.functionName("ver-alias"));

    var live =
        lambda.createAlias(
            b ->
                b.functionName("ver-alias")
                    .name("live")
                    .functionVersion("1")
                    .routingConfig(r -> r.additionalVersionWeights(Map.of("2", 0.1))));
    var resolved = lambda.getFunction(b -> b.functionName("ver-alias").qualifier("live"));
    var byArn =
        lambda.getFunctionConfiguration(
            b -> b.functionName(LambdaClients.ARN_PREFIX + "ver-alias:live"));
    var updated =
        lambda.updateAlias(b -> b.functionName("ver-alias").name("live").functionVersion("2"));

    assertThat(live.aliasArn()).isEqualTo(LambdaClients.ARN_PREFIX + "ver-alias:live");
    assertThat(live.routingConfig().additionalVersionWeights()).containsEntry("2", 0.1);
    assertThat(resolved.configuration().version()).isEqualTo("1");
    assertThat(byArn.version()).isEqualTo("1");
    assertThat(updated.functionVersion()).isEqualTo("2");
    assertThat(lambda.getAlias(b -> b.functionName("ver-alias").name("live")).functionVersion())
        .isEqualTo("2");
    assertThat(
            lambda.listAliases(b -> b.functionName("ver-alias")).aliases().stream()
                .map(AliasConfiguration::name))
        .containsExactly("live");
  }

  @Test
  void aVersionAnAliasUsesCannotBeDeleted() {
    LambdaClients.create(lambda, "ver-delete", LambdaClients.nodeZip("1"));
    lambda.publishVersion(b -> b.functionName("ver-delete"));
    lambda.createAlias(b -> b.functionName("ver-delete").name("prod").functionVersion("1"));

    assertThatThrownBy(
            () -> lambda.deleteFunction(b -> b.functionName("ver-delete").qualifier("1")))
        .isInstanceOf(ResourceConflictException.class);

    lambda.deleteAlias(b -> b.functionName("ver-delete").name("prod"));
    lambda.deleteFunction(b -> b.functionName("ver-delete").qualifier("1"));
    assertThatThrownBy(() -> lambda.getFunction(b -> b.functionName("ver-delete").qualifier("1")))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessageStartingWith("Function not found: " + LambdaClients.ARN_PREFIX + "ver-delete:1");
    assertThat(lambda.getFunction(b -> b.functionName("ver-delete")).configuration().version())
        .isEqualTo("$LATEST");
  }

  @Test
  void anAliasOfAMissingVersionIsRefused() {
    LambdaClients.create(lambda, "ver-missing", LambdaClients.nodeZip("1"));

    assertThatThrownBy(
            () ->
                lambda.createAlias(
                    b -> b.functionName("ver-missing").name("x").functionVersion("7")))
        .isInstanceOf(ResourceNotFoundException.class);
  }
}
