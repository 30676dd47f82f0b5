package dev.sluice.core.functions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Marker/MaxItems paging: each page continues after the previous page's last key. */
class PagingTest {
  static final List<String> ITEMS = List.of("a", "b", "c", "d", "e");

  @Test
  void pagesFollowEachOtherWithoutGapsOrRepeats() {
    var first = Paging.page(ITEMS, Function.identity(), null, 2);
    var second = Paging.page(ITEMS, Function.identity(), first.nextMarker(), 2);
    var last = Paging.page(ITEMS, Function.identity(), second.nextMarker(), 2);

    assertThat(first.items()).containsExactly("a", "b");
    assertThat(second.items()).containsExactly("c", "d");
    assertThat(last.items()).containsExactly("e");
    assertThat(last.nextMarker()).isNull();
  }

  @Test
  void withoutMaxItemsAPageHoldsFifty() {
    var many = java.util.stream.IntStream.range(0, 120).mapToObj("%03d"::formatted).toList();

    assertThat(Paging.page(many, Function.identity(), null, null).items()).hasSize(50);
  }

  @Test
  void anUnknownMarkerIsAnEmptyLastPage() {
    var page = Paging.page(ITEMS, Function.identity(), "zzz", 2);

    assertThat(page.items()).isEmpty();
    assertThat(page.nextMarker()).isNull();
  }
}
