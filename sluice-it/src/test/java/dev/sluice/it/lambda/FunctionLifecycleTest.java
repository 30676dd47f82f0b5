package dev.sluice.it.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.it.support.LambdaClients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.LastUpdateStatus;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.State;

@ExtendWith(SluiceExtension.class)
class FunctionLifecycleTest {
  static LambdaClient lambda;

  @BeforeAll
  static void client(URI endpoint) {
    lambda = LambdaClients.lambda(endpoint);
  }

  @Test
  void aCreatedFunctionReportsItsConfigurationAsLambdaDoes() throws Exception {
    var zip = LambdaClients.nodeZip("({ok: true})");
    var created =
        lambda.createFunction(
            LambdaClients.request("life-create", zip)
                .description("made by a test")
                .timeout(30)
                .memorySize(256)
                .environment(e -> e.variables(Map.of("STAGE", "it")))
                .layers("arn:aws:lambda:us-east-1:000000000000:layer:lib:1")
                .build());

    var sha = MessageDigest.getInstance("SHA-256").digest(zip);
    assertThat(created.functionArn()).isEqualTo(LambdaClients.ARN_PREFIX + "life-create");
    assertThat(created.codeSha256()).isEqualTo(Base64.getEncoder().encodeToString(sha));
    assertThat(created.codeSize()).isEqualTo(zip.length);
    assertThat(created.version()).isEqualTo("$LATEST");
    assertThat(created.state()).isEqualTo(State.ACTIVE);
    assertThat(created.lastUpdateStatus()).isEqualTo(LastUpdateStatus.SUCCESSFUL);
    assertThat(created.lastModified())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000");
    assertThat(created.timeout()).isEqualTo(30);
    assertThat(created.memorySize()).isEqualTo(256);
    assertThat(created.environment().variables()).containsEntry("STAGE", "it");
    assertThat(created.layers()).hasSize(1);
    assertThat(created.revisionId()).isNotBlank();
  }

  @Test
  void getFunctionAnswersTheConfigurationAndALocationServingTheZip() throws Exception {
    var zip = LambdaClients.nodeZip("1");
    LambdaClients.create(lambda, "life-get", zip);

    var function = lambda.getFunction(b -> b.functionName("life-get"));

    assertThat(function.configuration().handler()).isEqualTo("index.handler");
    var download =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(function.code().location())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(zip);
  }

  @Test
  void aFunctionNameIsTakenOnce() {
    LambdaClients.create(lambda, "life-twice", LambdaClients.nodeZip("1"));

    assertThatThrownBy(() -> LambdaClients.create(lambda, "life-twice", LambdaClients.nodeZip("1")))
        .isInstanceOf(ResourceConflictException.class)
        .hasMessageStartingWith("Function already exist: life-twice");
  }

  @Test
  void updatesChangeTheConfigurationTheCodeAndTheRevision() {
    var created =
        lambda.createFunction(
            LambdaClients.request("life-update", LambdaClients.nodeZip("1")).build());

    var configured =
        lambda.updateFunctionConfiguration(
            b -> b.functionName("life-update").timeout(60).handler("main.handler"));
    var recoded =
        lambda.updateFunctionCode(
            b ->
                b.functionName("life-update")
                    .zipFile(SdkBytes.fromByteArray(LambdaClients.nodeZip("2"))));

    assertThat(configured.timeout()).isEqualTo(60);
    assertThat(configured.handler()).isEqualTo("main.handler");
    assertThat(configured.revisionId()).isNotEqualTo(created.revisionId());
    assertThat(recoded.codeSha256()).isNotEqualTo(created.codeSha256());
    assertThat(recoded.timeout()).isEqualTo(60);
    assertThat(lambda.getFunctionConfiguration(b -> b.functionName("life-update")).codeSha256())
        .isEqualTo(recoded.codeSha256());
  }

  @Test
  void aDeletedFunctionIsNotFoundWithLambdasMessage() {
    LambdaClients.create(lambda, "life-delete", LambdaClients.nodeZip("1"));

    lambda.deleteFunction(b -> b.functionName("life-delete"));

    assertThatThrownBy(() -> lambda.getFunction(b -> b.functionName("life-delete")))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessageStartingWith(
            "Function not found: arn:aws:lambda:us-east-1:000000000000:function:life-delete");
  }

  @Test
  void aFunctionIsAddressedByItsArnToo() {
    LambdaClients.create(lambda, "life-arn", LambdaClients.nodeZip("1"));

    var config =
        lambda.getFunctionConfiguration(b -> b.functionName(LambdaClients.ARN_PREFIX + "life-arn"));

    assertThat(config.functionName()).isEqualTo("life-arn");
  }

  @Test
  void tagsAreSetListedAndRemoved() {
    LambdaClients.create(lambda, "life-tags", LambdaClients.nodeZip("1"));
    var arn = LambdaClients.ARN_PREFIX + "life-tags";

    lambda.tagResource(b -> b.resource(arn).tags(Map.of("team", "data", "cost", "1")));
    lambda.untagResource(b -> b.resource(arn).tagKeys("cost"));

    assertThat(lambda.listTags(b -> b.resource(arn)).tags())
        .containsExactly(Map.entry("team", "data"));
  }

  @Test
  void accountSettingsCountTheFunctions() {
    LambdaClients.create(lambda, "life-account", LambdaClients.nodeZip("1"));

    var settings = lambda.getAccountSettings(b -> {});

    assertThat(settings.accountUsage().functionCount()).isPositive();
    assertThat(settings.accountLimit().concurrentExecutions()).isEqualTo(1000);
  }
}
