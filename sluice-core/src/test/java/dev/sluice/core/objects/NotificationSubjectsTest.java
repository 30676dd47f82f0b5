package dev.sluice.core.objects;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotificationSubjectsTest {

  @Test
  void s3sEventsToTopicsCarryTheAmazonS3NotificationSubject() {
    assertThat(NotificationSubjects.forEventType("s3:ObjectCreated:Put"))
        .isEqualTo("Amazon S3 Notification");
    assertThat(NotificationSubjects.forEventType("s3:TestEvent"))
        .isEqualTo("Amazon S3 Notification");
  }

  @Test
  void otherServicesEventsHaveNoSubject() {
    assertThat(NotificationSubjects.forEventType("lambda:AsyncInvocationSucceeded")).isNull();
    assertThat(NotificationSubjects.forEventType(null)).isNull();
  }
}
