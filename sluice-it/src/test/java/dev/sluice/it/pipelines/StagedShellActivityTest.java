package dev.sluice.it.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.it.support.S3Clients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An on-demand ShellCommandActivity with {@code stage: true}: its input S3DataNode's files are in
 * {@code ${INPUT1_STAGING_DIR}} when the command runs, what it writes to {@code
 * ${OUTPUT1_STAGING_DIR}} is uploaded to the output S3DataNode afterwards, and {@code
 * #{@scheduledStartTime}} in paths and commands is the instance's scheduled start.
 */
@ExtendWith(SluiceExtension.class)
class StagedShellActivityTest {
  private static final DateTimeFormatter PATH_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd-HH-mm-ss").withZone(ZoneOffset.UTC);
  static Pipelines pipelines;
  static S3Client s3;

  @BeforeAll
  static void connect(URI endpoint) {
    pipelines = new Pipelines(endpoint);
    s3 = S3Clients.s3(endpoint);
    s3.createBucket(b -> b.bucket("staging"));
    put("in/orders.csv", "1,apple\n2,pear\n3,plum\n");
    put("in/nested/returns.csv", "2,pear\n");
  }

  @Test
  void stagedInputsAreLocalAndStagedOutputsAreUploadedUnderTheScheduledTime() {
    var id =
        pipelines.run(
            "staged",
            Component.onDemandDefault(),
            Component.ec2("Machine"),
            Component.of("Orders", "S3DataNode").with("directoryPath", "s3://staging/in"),
            Component.of("Counts", "S3DataNode")
                .with(
                    "directoryPath",
                    "s3://staging/out/#{format(@scheduledStartTime,'YYYY-MM-dd-HH-mm-ss')}"),
            Component.shell(
                    "Count",
                    "wc -l < ${INPUT1_STAGING_DIR}/orders.csv > ${OUTPUT1_STAGING_DIR}/count.txt"
                        + " && cp ${INPUT1_STAGING_DIR}/nested/returns.csv"
                        + " ${OUTPUT1_STAGING_DIR}/returns.csv",
                    "Machine")
                .with("stage", "true")
                .ref("input", "Orders")
                .ref("output", "Counts"));

    pipelines.awaitState(id, "FINISHED");
    var instance = pipelines.instance(id, "Count");
    assertThat(pipelines.status(id, instance)).isEqualTo("FINISHED");
    var scheduled = pipelines.time(id, instance, "@scheduledStartTime");
    var prefix = "out/" + PATH_TIME.format(scheduled) + "/";
    assertThat(get(prefix + "count.txt").strip()).isEqualTo("3");
    assertThat(get(prefix + "returns.csv")).isEqualTo("2,pear\n");
  }

  @Test
  void theCommandSeesTheScheduledStartTimeItsInstanceShows() {
    var id =
        pipelines.run(
            "when",
            Component.onDemandDefault(),
            Component.ec2("Machine"),
            Component.of("When", "S3DataNode").with("directoryPath", "s3://staging/when"),
            Component.shell(
                    "Stamp",
                    "echo '#{@scheduledStartTime} #{@pipelineId}' > ${OUTPUT1_STAGING_DIR}/when.txt",
                    "Machine")
                .with("stage", "true")
                .ref("output", "When"));

    pipelines.awaitState(id, "FINISHED");
    var instance = pipelines.instance(id, "Stamp");
    assertThat(get("when/when.txt").strip())
        .isEqualTo(pipelines.field(id, instance, "@scheduledStartTime") + " " + id);
  }

  @Test
  void aCommandThatFailsUploadsNothing() {
    var id =
        pipelines.run(
            "failing-stage",
            Component.onDemandDefault(),
            Component.ec2("Machine"),
            Component.of("Nothing", "S3DataNode").with("directoryPath", "s3://staging/nothing"),
            Component.shell(
                    "Half", "echo partial > ${OUTPUT1_STAGING_DIR}/part.txt; exit 1", "Machine")
                .with("stage", "true")
                .with("maximumRetries", "0")
                .ref("output", "Nothing"));

    var instance = pipelines.instance(id, "Half");
    pipelines.awaitStatus(id, instance, "FAILED");
    assertThat(s3.listObjectsV2(b -> b.bucket("staging").prefix("nothing/")).contents()).isEmpty();
  }

  private static void put(String key, String text) {
    s3.putObject(b -> b.bucket("staging").key(key), RequestBody.fromString(text));
  }

  private static String get(String key) {
    return s3.getObjectAsBytes(b -> b.bucket("staging").key(key)).asUtf8String();
  }
}
