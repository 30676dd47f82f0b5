package dev.sluice.store.topicservice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeleteTopicTest extends TopicServiceFixture {
  @Test
  void deletesTheTopicAndItsSubscriptions() {
    String arn = topic("t");
    String sub = subscribe(arn, "sqs", QUEUE + "q");
    ok(service.deleteTopic(arn));
    fails(
        service.setTopicAttributes(arn, "DisplayName", "x"),
        "NotFound",
        404,
        "Topic does not exist");
    fails(service.unsubscribe(sub), "NotFound", 404, "Subscription does not exist");
    assertThat(ok(service.listSubscriptions(null)).items()).isEmpty();
  }

  @Test
  void succeedsForATopicThatDoesNotExist() {
    assertThat(service.deleteTopic(PREFIX + "never").isOk()).isTrue();
  }

  @Test
  void refusesSomethingThatIsNotATopicArn() {
    fails(service.deleteTopic("orders"), "InvalidParameter", 400, "Invalid parameter: TopicArn");
  }
}
