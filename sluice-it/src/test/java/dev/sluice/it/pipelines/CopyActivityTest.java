package dev.sluice.it.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.it.support.S3Clients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * CopyActivity copies between S3DataNodes inside S3: a directory's files with their relative keys,
 * or one file to another key; a missing input fails the instance with S3's error.
 */
@ExtendWith(SluiceExtension.class)
class CopyActivityTest {
  static Pipelines pipelines;
  static S3Client s3;

  @BeforeAll
  static void connect(URI endpoint) {
    pipelines = new Pipelines(endpoint);
    s3 = S3Clients.s3(endpoint);
    s3.createBucket(b -> b.bucket("source"));
    s3.createBucket(b -> b.bucket("target"));
    s3.putObject(b -> b.bucket("source").key("day/a.txt"), RequestBody.fromString("alpha"));
    s3.putObject(b -> b.bucket("source").key("day/sub/b.txt"), RequestBody.fromString("beta"));
    s3.putObject(b -> b.bucket("source").key("other/c.txt"), RequestBody.fromString("gamma"));
  }

  @Test
  void aDirectoryIsCopiedWithItsRelativeKeysToAnotherBucket() {
    var id =
        pipelines.run(
            "copy-dir",
            Component.onDemandDefault(),
            Component.ec2("Machine"),
            Component.of("From", "S3DataNode").with("directoryPath", "s3://source/day"),
            Component.of("To", "S3DataNode").with("directoryPath", "s3://target/copy"),
            Component.of("Copy", "CopyActivity")
                .ref("runsOn", "Machine")
                .ref("input", "From")
                .ref("output", "To"));

    pipelines.awaitState(id, "FINISHED");
    assertThat(pipelines.status(id, pipelines.instance(id, "Copy"))).isEqualTo("FINISHED");
    assertThat(s3.listObjectsV2(b -> b.bucket("target").prefix("copy/")).contents())
        .extracting(S3Object::key)
        .containsExactly("copy/a.txt", "copy/sub/b.txt");
    assertThat(text("target", "copy/sub/b.txt")).isEqualTo("beta");
  }

  @Test
  void aFileIsCopiedToAnotherKey() {
    var id =
        pipelines.run(
            "copy-file",
            Component.onDemandDefault(),
            Component.ec2("Machine"),
            Component.of("From", "S3DataNode").with("filePath", "s3://source/other/c.txt"),
            Component.of("To", "S3DataNode").with("filePath", "s3://target/renamed.txt"),
            Component.of("Copy", "CopyActivity")
                .ref("runsOn", "Machine")
                .ref("input", "From")
                .ref("output", "To"));

    pipelines.awaitState(id, "FINISHED");
    assertThat(text("target", "renamed.txt")).isEqualTo("gamma");
  }

  @Test
  void aMissingInputFailsTheCopyWithS3sError() {
    var id =
        pipelines.run(
            "copy-missing",
            Component.onDemandDefault(),
            Component.ec2("Machine"),
            Component.of("From", "S3DataNode").with("filePath", "s3://source/absent.txt"),
            Component.of("To", "S3DataNode").with("filePath", "s3://target/never.txt"),
            Component.of("Copy", "CopyActivity")
                .with("maximumRetries", "0")
                .ref("runsOn", "Machine")
                .ref("input", "From")
                .ref("output", "To"));

    var instance = pipelines.instance(id, "Copy");
    pipelines.awaitStatus(id, instance, "FAILED");
    assertThat(pipelines.field(id, instance, "errorMessage"))
        .startsWith("Could not copy s3://source/absent.txt to s3://target/never.txt: NoSuchKey");
    assertThat(s3.listObjectsV2(b -> b.bucket("target").prefix("never")).contents()).isEmpty();
  }

  private static String text(String bucket, String key) {
    return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String();
  }
}
