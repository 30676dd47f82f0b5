package dev.sluice.store.topicservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListTopicsPagingTest extends TopicServiceFixture {
  @Test
  void listsAHundredTopicsPerPageOldestFirst() {
    var created = new ArrayList<String>();
    for (int i = 0; i < 205; i++) {
      created.add(topic("t" + (204 - i)));
    }
    var first = ok(service.listTopics(null));
    var second = ok(service.listTopics(first.nextToken()));
    var third = ok(service.listTopics(second.nextToken()));
    assertThat(first.items()).hasSize(100);
    assertThat(second.items()).hasSize(100);
    assertThat(third.items()).hasSize(5);
    assertThat(third.nextToken()).isNull();
    var all = new ArrayList<String>(first.items());
    all.addAll(second.items());
    all.addAll(third.items());
    assertThat(all).isEqualTo(created);
  }

  @Test
  void answersNoTokenWhenEverythingFitsOnePage() {
    topic("a");
    var page = ok(service.listTopics(null));
    assertThat(page.items()).isEqualTo(List.of(PREFIX + "a"));
    assertThat(page.nextToken()).isNull();
  }

  @Test
  void refusesATokenItDidNotGive() {
    fails(service.listTopics("abc"), "InvalidParameter", 400, "Invalid parameter: NextToken");
  }
}
