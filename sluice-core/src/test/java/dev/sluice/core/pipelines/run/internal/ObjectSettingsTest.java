package dev.sluice.core.pipelines.run.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ObjectSettingsTest {

  private static ObjectSettings read(Map<String, String> fields) {
    return ObjectSettings.read(key -> Optional.ofNullable(fields.get(key)));
  }

  @Test
  void usesDataPipelinesDefaults() {
    var settings = read(Map.of());
    assertThat(settings.maximumRetries()).isEqualTo(2);
    assertThat(settings.tries()).isEqualTo(3);
    assertThat(settings.retryDelay()).isEqualTo(Duration.ofMinutes(10));
    assertThat(settings.cascade()).isFalse();
    assertThat(settings.attemptTimeout()).isEmpty();
  }

  @Test
  void readsTheFieldsGiven() {
    var settings =
        read(
            Map.of(
                "maximumRetries", "5",
                "retryDelay", "2 minutes",
                "attemptTimeout", "1 hour",
                "reportProgressTimeout", "10 minutes",
                "failureAndRerunMode", "CASCADE"));
    assertThat(settings.tries()).isEqualTo(6);
    assertThat(settings.retryDelay()).isEqualTo(Duration.ofMinutes(2));
    assertThat(settings.attemptTimeout()).contains(Duration.ofHours(1));
    assertThat(settings.reportProgressTimeout()).contains(Duration.ofMinutes(10));
    assertThat(settings.cascade()).isTrue();
  }

  @Test
  void fallsBackToDefaultsForValuesItCannotRead() {
    var settings = read(Map.of("maximumRetries", "many", "retryDelay", "later"));
    assertThat(settings.maximumRetries()).isEqualTo(2);
    assertThat(settings.retryDelay()).isEqualTo(Duration.ofMinutes(10));
  }
}
