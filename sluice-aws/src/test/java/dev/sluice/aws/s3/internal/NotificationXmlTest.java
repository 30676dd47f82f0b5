package dev.sluice.aws.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.s3.internal.xml.XmlReader;
import dev.sluice.aws.s3.support.Golden;
import dev.sluice.core.objects.NotificationConfiguration;
import dev.sluice.core.objects.NotificationRule;
import dev.sluice.core.objects.NotificationTarget;
import dev.sluice.core.result.Result;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationXmlTest {
  private final NotificationXml xml = new NotificationXml(() -> "generated-id");

  private Result<NotificationConfiguration> parse(String text) {
    return XmlReader.parse(text.getBytes(StandardCharsets.UTF_8), NotificationXml.ROOT)
        .flatMap(xml::parse);
  }

  @Test
  void readsEveryKindOfConfigurationInOrder() {
    var config =
        parse(
                """
                <NotificationConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
                  <CloudFunctionConfiguration>
                    <Id>lambda-1</Id>
                    <CloudFunction>arn:aws:lambda:us-east-1:000000000000:function:LambdaDP</CloudFunction>
                    <Event>s3:ObjectCreated:*</Event>
                    <Event>s3:ObjectRemoved:Delete</Event>
                    <Filter><S3Key>
                      <FilterRule><Name>prefix</Name><Value>input/</Value></FilterRule>
                      <FilterRule><Name>Suffix</Name><Value>.csv</Value></FilterRule>
                    </S3Key></Filter>
                  </CloudFunctionConfiguration>
                  <TopicConfiguration>
                    <Topic>arn:aws:sns:us-east-1:000000000000:alarms</Topic>
                    <Event>s3:ObjectCreated:Put</Event>
                  </TopicConfiguration>
                  <QueueConfiguration>
                    <Id>q</Id><Queue>arn:aws:sqs:us-east-1:000000000000:q</Queue>
                    <Event>s3:ObjectRemoved:*</Event>
                  </QueueConfiguration>
                  <EventBridgeConfiguration/>
                </NotificationConfiguration>
                """)
            .value();

    assertThat(config.eventBridge()).isTrue();
    assertThat(config.rules())
        .containsExactly(
            new NotificationRule(
                "lambda-1",
                NotificationTarget.LAMBDA,
                "arn:aws:lambda:us-east-1:000000000000:function:LambdaDP",
                List.of("s3:ObjectCreated:*", "s3:ObjectRemoved:Delete"),
                "input/",
                ".csv"),
            new NotificationRule(
                "generated-id",
                NotificationTarget.TOPIC,
                "arn:aws:sns:us-east-1:000000000000:alarms",
                List.of("s3:ObjectCreated:Put"),
                null,
                null),
            new NotificationRule(
                "q",
                NotificationTarget.QUEUE,
                "arn:aws:sqs:us-east-1:000000000000:q",
                List.of("s3:ObjectRemoved:*"),
                null,
                null));
  }

  @Test
  void anEmptyConfigurationRemovesAllNotifications() {
    var config = parse("<NotificationConfiguration/>").value();

    assertThat(config).isEqualTo(NotificationConfiguration.empty());
  }

  @Test
  void aConfigurationWithoutTargetOrEventsIsMalformedXml() {
    assertThat(
            parse(
                    "<NotificationConfiguration><TopicConfiguration><Event>s3:ObjectCreated:*</Event>"
                        + "</TopicConfiguration></NotificationConfiguration>")
                .failure()
                .code())
        .isEqualTo("MalformedXML");
    assertThat(
            parse(
                    "<NotificationConfiguration><QueueConfiguration><Queue>arn:q</Queue>"
                        + "</QueueConfiguration></NotificationConfiguration>")
                .failure()
                .code())
        .isEqualTo("MalformedXML");
  }

  @Test
  void anUnknownEventIsInvalidArgument() {
    var failure =
        parse(
                "<NotificationConfiguration><QueueConfiguration><Queue>arn:q</Queue>"
                    + "<Event>s3:ObjectMoved:*</Event></QueueConfiguration>"
                    + "</NotificationConfiguration>")
            .failure();

    assertThat(failure.code()).isEqualTo("InvalidArgument");
    assertThat(failure.message()).isEqualTo("The event is not supported for notifications");
  }

  @Test
  void filterRulesAreOnePrefixAndOneSuffixAtMost() {
    var twoPrefixes =
        parse(
                "<NotificationConfiguration><QueueConfiguration><Queue>arn:q</Queue>"
                    + "<Event>s3:ObjectCreated:*</Event><Filter><S3Key>"
                    + "<FilterRule><Name>prefix</Name><Value>a</Value></FilterRule>"
                    + "<FilterRule><Name>prefix</Name><Value>b</Value></FilterRule>"
                    + "</S3Key></Filter></QueueConfiguration></NotificationConfiguration>")
            .failure();
    var badName =
        parse(
                "<NotificationConfiguration><QueueConfiguration><Queue>arn:q</Queue>"
                    + "<Event>s3:ObjectCreated:*</Event><Filter><S3Key>"
                    + "<FilterRule><Name>middle</Name><Value>a</Value></FilterRule>"
                    + "</S3Key></Filter></QueueConfiguration></NotificationConfiguration>")
            .failure();

    assertThat(twoPrefixes.message())
        .isEqualTo("Cannot specify more than one prefix rule in a filter.");
    assertThat(badName.message()).isEqualTo("filter rule name must be either prefix or suffix");
  }

  @Test
  void rendersTheConfigurationAsS3ReturnsIt() {
    var config =
        new NotificationConfiguration(
            List.of(
                new NotificationRule(
                    "lambda-1",
                    NotificationTarget.LAMBDA,
                    "arn:aws:lambda:us-east-1:000000000000:function:LambdaDP",
                    List.of("s3:ObjectCreated:*", "s3:ObjectRemoved:Delete"),
                    "input/",
                    ".csv"),
                new NotificationRule(
                    "t",
                    NotificationTarget.TOPIC,
                    "arn:aws:sns:us-east-1:000000000000:alarms",
                    List.of("s3:ObjectCreated:Put"),
                    null,
                    null),
                new NotificationRule(
                    "q",
                    NotificationTarget.QUEUE,
                    "arn:aws:sqs:us-east-1:000000000000:q",
                    List.of("s3:ObjectRemoved:*"),
                    null,
                    "&.log")),
            true);

    Golden.assertMatches(
        "GetBucketNotificationConfiguration", NotificationXml.render(config).toString());
  }

  @Test
  void whatIsRenderedReadsBackToTheSameConfiguration() {
    var config =
        new NotificationConfiguration(
            List.of(
                new NotificationRule(
                    "x",
                    NotificationTarget.QUEUE,
                    "arn:aws:sqs:eu-west-1:000000000000:q",
                    List.of("s3:ObjectCreated:Copy"),
                    "a <b>",
                    null)),
            false);

    assertThat(parse(NotificationXml.render(config).toString()).value()).isEqualTo(config);
  }
}
