package dev.sluice.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.sluice.server.RunningSluice;
import dev.sluice.server.SluiceStartException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.EventConditions;
import org.junit.platform.testkit.engine.TestExecutionResultConditions;

/** Runs sample test classes with the JUnit engine and checks what the extension did around them. */
class ExtensionLifecycleTest {
  static final List<URI> endpoints = new CopyOnWriteArrayList<>();
  static final List<Path> dataDirs = new CopyOnWriteArrayList<>();

  @ExtendWith({OnlyInTestKit.class, SluiceExtension.class})
  static class SampleWithNested {
    @Test
    void first(RunningSluice sluice) {
      endpoints.add(sluice.endpoint());
      dataDirs.add(sluice.dataDir());
    }

    @Test
    void second(RunningSluice sluice) {
      endpoints.add(sluice.endpoint());
      dataDirs.add(sluice.dataDir());
    }

    @Nested
    class Inner {
      @Test
      void inner(URI endpoint) {
        endpoints.add(endpoint);
      }
    }
  }

  @ExtendWith(OnlyInTestKit.class)
  static class SampleRefused {
    @RegisterExtension
    static SluiceExtension sluice = SluiceExtension.withConfig(c -> c.withBindAddress("0.0.0.0"));

    @Test
    void neverRuns() {}
  }

  @Test
  void startsOneSluicePerClassSharedWithNestedClassesAndRemovesItAfterwards() throws Exception {
    endpoints.clear();
    dataDirs.clear();

    EngineTestKit.engine("junit-jupiter")
        .configurationParameter(OnlyInTestKit.PARAMETER, "true")
        .selectors(selectClass(SampleWithNested.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(3).failed(0));

    assertThat(endpoints).hasSize(3).containsOnly(endpoints.get(0));
    assertThat(dataDirs).hasSize(2).containsOnly(dataDirs.get(0));
    assertThat(Files.exists(dataDirs.get(0))).isFalse();
    var endpoint = endpoints.get(0);
    assertThatThrownBy(() -> new Socket(endpoint.getHost(), endpoint.getPort()).close())
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void failsTheClassWithTheReasonWhenSluiceCannotStart() {
    EngineTestKit.engine("junit-jupiter")
        .configurationParameter(OnlyInTestKit.PARAMETER, "true")
        .selectors(selectClass(SampleRefused.class))
        .execute()
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            EventConditions.finishedWithFailure(
                TestExecutionResultConditions.instanceOf(SluiceStartException.class)));
  }
}
