package dev.sluice.it.pipelines.scenario;

import static dev.sluice.it.pipelines.scenario.WordCountExample.BUCKET;
import static dev.sluice.it.pipelines.scenario.WordCountExample.OUTPUT;
import static dev.sluice.it.support.PipelineRuns.required;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.sluice.it.support.LambdaClients;
import dev.sluice.it.support.PipelineClients;
import dev.sluice.it.support.PipelineRuns;
import dev.sluice.it.support.S3Clients;
import dev.sluice.it.support.SmtpMailbox;
import dev.sluice.it.support.SnsClients;
import dev.sluice.it.support.StepOutput;
import dev.sluice.junit.SluiceExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.datapipeline.model.DataPipelineException;
import software.amazon.awssdk.services.datapipeline.model.PipelineIdName;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Event;
import software.amazon.awssdk.services.s3.model.FilterRule;
import software.amazon.awssdk.services.s3.model.FilterRuleName;
import software.amazon.awssdk.services.s3.model.LambdaFunctionConfiguration;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Scenario 1 end to end with the AWS SDK for Java v2, as SCENARIOS.md tells it: the template
 * word-count pipeline of {@code examples/wordcount} activated once, an e-mail subscription
 * confirmed through the link in its e-mail (a real SMTP server), the LambdaDP function of the
 * example on the bucket's uploads, and two uploads, each running a fresh {@code myLambdaSample}
 * clone whose counts equal a count made here and whose SnsAlarm e-mail arrives.
 */
class WordCountScenarioTest {
  private static final SmtpMailbox MAIL = new SmtpMailbox();
  private static final String ANALYST = "analyst@example.com";
  private static final String CLONE = "myLambdaSample";

  @RegisterExtension
  static final SluiceExtension SLUICE = SluiceExtension.withConfig(c -> c.withSmtp(MAIL.address()));

  private static S3Client s3;
  private static SnsClient sns;
  private static LambdaClient lambda;
  private static PipelineRuns pipelines;

  @BeforeAll
  static void start() {
    MAIL.start();
    s3 = S3Clients.s3(SLUICE.endpoint());
    sns = SnsClients.sns(SLUICE.endpoint());
    lambda = LambdaClients.lambda(SLUICE.endpoint());
    pipelines = new PipelineRuns(PipelineClients.dataPipeline(SLUICE.endpoint()));
  }

  @AfterAll
  static void stop() {
    MAIL.close();
  }

  @Test
  void everyUploadRunsAFreshCloneOfTheTemplateWhoseCountsAreRightAndWhoseAlarmIsMailed()
      throws Exception {
    WordCountExample.createBuckets(s3);
    var topic = confirmedTopic();

    var template = pipelines.start("wordcount-template", WordCountExample.template(topic));
    var templateRun = finishedRun(template);
    assertThat(counts(templateRun)).isEqualTo(WordCountExample.expectedCounts());

    createFunction(template);
    s3.putObject(
        b -> b.bucket(BUCKET).key("incoming/data-1.txt"), RequestBody.fromString("first batch"));
    var first = awaitOnlyClone(null);
    var firstRun = finishedRun(first);
    assertThat(counts(firstRun)).isEqualTo(WordCountExample.expectedCounts());

    s3.putObject(
        b -> b.bucket(BUCKET).key("incoming/data-2.txt"), RequestBody.fromString("second batch"));
    var second = awaitOnlyClone(first);
    assertThatThrownBy(() -> pipelines.client().describePipelines(b -> b.pipelineIds(first)))
        .isInstanceOf(DataPipelineException.class);
    var secondRun = finishedRun(second);
    assertThat(secondRun).isNotEqualTo(firstRun);
    assertThat(counts(secondRun)).isEqualTo(WordCountExample.expectedCounts());
    assertThat(clones()).containsExactly(second);
  }

  /** Topic {@code wordcount} with the analyst's e-mail subscription, confirmed by its link. */
  private static String confirmedTopic() throws Exception {
    var topic = sns.createTopic(b -> b.name("wordcount")).topicArn();
    sns.subscribe(b -> b.topicArn(topic).protocol("email").endpoint(ANALYST));
    assertThat(MAIL.confirmSubscription(ANALYST)).isEqualTo(200);
    assertThat(sns.listSubscriptionsByTopic(b -> b.topicArn(topic)).subscriptions())
        .singleElement()
        .satisfies(s -> assertThat(s.subscriptionArn()).startsWith(topic + ":"));
    return topic;
  }

  /**
   * Waits for the pipeline to finish with its activity FINISHED and the alarm's e-mail; returns the
   * run's {@code @scheduledStartTime}.
   */
  private static String finishedRun(String pipelineId) {
    pipelines.awaitFinished(pipelineId);
    var instance = pipelines.instance(pipelineId, "EmrActivityObj");
    assertThat(required(instance, "@status")).isEqualTo("FINISHED");
    var started = required(instance, "@scheduledStartTime");
    assertThat(started).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");
    var mail =
        MAIL.awaitText(
            ANALYST,
            "Word count FINISHED",
            text -> text.contains("The word count of " + started + " ended: FINISHED."));
    assertThat(mail).contains("Output: s3://example-bucket/wordcount/output/" + started + "/");
    return started;
  }

  /** The counts under {@code wordcount/output/<run>/}, which holds parts and {@code _SUCCESS}. */
  private static Map<String, String> counts(String run) {
    var output = StepOutput.read(s3, BUCKET, OUTPUT + run);
    assertThat(output.names()).contains("_SUCCESS");
    assertThat(output.parts()).isNotEmpty();
    assertThat(output.names()).allMatch(n -> n.equals("_SUCCESS") || n.matches("part-\\d{5}"));
    return output.keyValues();
  }

  private static void createFunction(String template) {
    var function =
        lambda.createFunction(
            b ->
                b.functionName("LambdaDP")
                    .runtime(Runtime.NODEJS20_X)
                    .handler("index.handler")
                    .role(LambdaClients.ROLE)
                    .timeout(60)
                    .environment(e -> e.variables(Map.of("TEMPLATE_PIPELINE_ID", template)))
                    .code(c -> c.zipFile(SdkBytes.fromByteArray(WordCountExample.functionZip()))));
    lambda.addPermission(
        b ->
            b.functionName("LambdaDP")
                .statementId("s3-invoke")
                .action("lambda:InvokeFunction")
                .principal("s3.amazonaws.com")
                .sourceArn("arn:aws:s3:::" + BUCKET));
    s3.putBucketNotificationConfiguration(
        b ->
            b.bucket(BUCKET)
                .notificationConfiguration(
                    n ->
                        n.lambdaFunctionConfigurations(
                            LambdaFunctionConfiguration.builder()
                                .lambdaFunctionArn(function.functionArn())
                                .events(Event.S3_OBJECT_CREATED_PUT)
                                .filter(
                                    f ->
                                        f.key(
                                            k ->
                                                k.filterRules(
                                                    FilterRule.builder()
                                                        .name(FilterRuleName.PREFIX)
                                                        .value("incoming/")
                                                        .build())))
                                .build())));
  }

  /** Waits until the one clone is a pipeline other than {@code previous}; returns its id. */
  private static String awaitOnlyClone(String previous) {
    return await("a new " + CLONE)
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(500))
        .until(WordCountScenarioTest::clones, ids -> ids.size() == 1 && !ids.contains(previous))
        .get(0);
  }

  private static List<String> clones() {
    return pipelines.client().listPipelinesPaginator(b -> {}).pipelineIdList().stream()
        .filter(p -> p.name().equals(CLONE))
        .map(PipelineIdName::id)
        .toList();
  }
}
