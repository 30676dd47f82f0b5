package dev.sluice.it.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.it.support.S3Clients;
import dev.sluice.it.support.ServerProcess;
import dev.sluice.it.support.SluiceCli;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** {@code sluice up --auth strict}: verifies signatures; beyond loopback it is required. */
class StrictAuthCommandLineTest {

  @Test
  void strictAuthFromTheCommandLineServesTheKeyAndRefusesOthers(@TempDir Path dir)
      throws Exception {
    try (var server =
        ServerProcess.start(
            dir.resolve("data"),
            dir.resolve("server.log"),
            "--auth",
            "strict",
            "--access-key",
            "AKID:SECRET")) {
      var s3 = S3Clients.s3(server.endpoint(), "AKID", "SECRET");
      s3.createBucket(b -> b.bucket("cli-strict"));
      s3.putObject(b -> b.bucket("cli-strict").key("k"), RequestBody.fromString("signed"));
      assertThat(s3.getObjectAsBytes(b -> b.bucket("cli-strict").key("k")).asUtf8String())
          .isEqualTo("signed");
      assertThat(s3.listBuckets().owner().displayName()).isEqualTo("000000000000");

      var wrong = S3Clients.s3(server.endpoint(), "AKID", "WRONG");
      assertThatThrownBy(() -> wrong.getObject(b -> b.bucket("cli-strict").key("k")))
          .isInstanceOfSatisfying(
              S3Exception.class,
              e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch"));
    }
  }

  @Test
  void bindingBeyondLoopbackWithoutStrictAuthExitsWithOne(@TempDir Path dir) throws Exception {
    var outcome =
        SluiceCli.run("up", "--port", "0", "--data-dir", dir.toString(), "--bind", "0.0.0.0");
    assertThat(outcome.exitCode()).as(outcome.output()).isEqualTo(1);
    assertThat(outcome.output())
        .contains("Refusing to listen on 0.0.0.0 without strict auth")
        .contains("--auth strict")
        .doesNotContain("Exception");
  }
}
