package dev.sluice.aws.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpDatesTest {
  private static final Instant NOV_6 = Instant.parse("1994-11-06T08:49:37Z");

  @Test
  void readsRfc1123Rfc850AndAsctimeDates() {
    assertThat(HttpDates.parse("Sun, 06 Nov 1994 08:49:37 GMT")).isEqualTo(NOV_6);
    assertThat(HttpDates.parse("Sunday, 06-Nov-94 08:49:37 GMT")).isEqualTo(NOV_6);
    assertThat(HttpDates.parse("Sun Nov  6 08:49:37 1994")).isEqualTo(NOV_6);
  }

  @Test
  void readsASingleDigitDay() {
    assertThat(HttpDates.parse("Sun, 6 Nov 1994 08:49:37 GMT")).isEqualTo(NOV_6);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", "yesterday", "1994-11-06", "Sun, 32 Nov 1994 08:49:37 GMT"})
  void aValueThatIsNotADateIsIgnored(String value) {
    assertThat(HttpDates.parse(value)).isNull();
  }

  @Test
  void writesRfc1123WithATwoDigitDayAndWholeSeconds() {
    assertThat(HttpDates.rfc1123(Instant.parse("2026-03-05T07:08:09.999Z")))
        .isEqualTo("Thu, 05 Mar 2026 07:08:09 GMT");
  }

  @Test
  void writesIso8601WithMillisecondsInUtc() {
    assertThat(HttpDates.iso8601(Instant.parse("2026-03-05T07:08:09Z")))
        .isEqualTo("2026-03-05T07:08:09.000Z");
    assertThat(HttpDates.iso8601(Instant.parse("2026-03-05T07:08:09.123456Z")))
        .isEqualTo("2026-03-05T07:08:09.123Z");
  }
}
