package dev.sluice.spark.streaming.internal.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandLineTest {

  @Test
  void splitsOnSpacesOnly() {
    assertThat(CommandLine.split("  python3   mapper.py\t-x  "))
        .containsExactly("python3", "mapper.py\t-x");
  }

  @Test
  void quotesGroupWordsAndNoShellInterpretsThePipe() {
    assertThat(CommandLine.split("grep -v 'a b' \"c d\" | wc"))
        .containsExactly("grep", "-v", "a b", "c d", "|", "wc");
  }
}
