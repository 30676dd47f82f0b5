package dev.sluice.store.topicservice;

import dev.sluice.core.topics.PublishInput;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which topic a Publish goes to: checked before the message. */
class PublishTargetTest extends TopicServiceFixture {
  private static PublishInput to(String topicArn, String targetArn, String phone) {
    return new PublishInput(topicArn, targetArn, phone, "hi", null, null, Map.of(), null, null);
  }

  @Test
  void refusesBothTopicArnAndTargetArn() {
    String arn = topic("t");
    fails(
        service.publish(to(arn, arn, null)),
        "InvalidParameter",
        400,
        "Invalid parameter: TopicArn or TargetArn Reason: Only one of TopicArn, TargetArn or"
            + " PhoneNumber may be specified");
  }

  @Test
  void refusesNeitherTopicArnNorTargetArn() {
    fails(
        service.publish(to(null, null, null)),
        "InvalidParameter",
        400,
        "Invalid parameter: TopicArn or TargetArn Reason: no value for required parameter");
  }

  @Test
  void refusesAPhoneNumberSinceSmsIsNotOffered() {
    fails(
        service.publish(to(null, null, "+15555550100")),
        "InvalidParameter",
        400,
        "Invalid parameter: PhoneNumber Reason: Sluice does not send SMS messages; publish to a"
            + " topic instead");
  }

  @Test
  void refusesAMissingTopicByEitherName() {
    fails(
        service.publish(to(PREFIX + "gone", null, null)), "NotFound", 404, "Topic does not exist");
    fails(
        service.publish(to(null, PREFIX + "gone", null)), "NotFound", 404, "Topic does not exist");
  }
}
