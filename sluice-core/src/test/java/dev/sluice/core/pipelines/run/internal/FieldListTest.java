package dev.sluice.core.pipelines.run.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldListTest {
  final FieldList fields =
      new FieldList(
          List.of(
              Field.text("@status", "RUNNING"),
              Field.ref("dependsOn", "A"),
              Field.ref("dependsOn", "B"),
              Field.text("command", "echo")));

  @Test
  void replacesAKeyWhereItStood() {
    assertThat(fields.set("@status", "FINISHED").fields())
        .containsExactly(
            Field.text("@status", "FINISHED"),
            Field.ref("dependsOn", "A"),
            Field.ref("dependsOn", "B"),
            Field.text("command", "echo"));
  }

  @Test
  void replacesEveryValueOfAKeyWithOne() {
    assertThat(fields.setRef("dependsOn", "C").refs("dependsOn")).containsExactly("C");
  }

  @Test
  void appendsANewKeyAndRemovesOnNull() {
    assertThat(fields.set("errorMessage", "x").fields())
        .last()
        .isEqualTo(Field.text("errorMessage", "x"));
    assertThat(fields.set("command", null).text("command")).isEmpty();
    assertThat(fields.remove("dependsOn", "@status").fields())
        .containsExactly(Field.text("command", "echo"));
  }

  @Test
  void readsTextsAndReferencesApart() {
    assertThat(fields.text("dependsOn")).isEmpty();
    assertThat(fields.ref("dependsOn")).contains("A");
    assertThat(fields.text("command")).contains("echo");
  }
}
