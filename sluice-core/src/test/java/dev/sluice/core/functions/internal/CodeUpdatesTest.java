package dev.sluice.core.functions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.functions.CodeSource;
import dev.sluice.core.functions.UpdateCodeInput;
import org.junit.jupiter.api.Test;

/** New code retires warm instances; a package no version uses any more is deleted. */
class CodeUpdatesTest extends FunctionsFixture {

  private void updateCode(String source) {
    functions.updateFunctionCode(
        CALLER, new UpdateCodeInput("fn", new CodeSource.Zip(zip(source)), false, null, false));
  }

  @Test
  void replacedCodeIsDeletedAndInstancesRetired() {
    create("fn");

    updateCode("exports.handler = async () => 2;");

    assertThat(blobs.blobs).hasSize(1);
    assertThat(runtime.retired).containsExactly("fn");
  }

  @Test
  void aPublishedVersionKeepsItsPackage() {
    create("fn");
    functions.publishVersion(CALLER, "fn", null, null, null);

    updateCode("exports.handler = async () => 2;");

    assertThat(blobs.blobs).hasSize(2);
    assertThat(functions.getFunction(CALLER, "fn", "1").value().configuration().codeSha256())
        .isNotEqualTo(
            functions.getFunction(CALLER, "fn", null).value().configuration().codeSha256());
  }

  @Test
  void deletingTheFunctionDeletesEveryPackage() {
    create("fn");
    functions.publishVersion(CALLER, "fn", null, null, null);
    updateCode("exports.handler = async () => 2;");

    functions.deleteFunction(CALLER, "fn", null);

    assertThat(blobs.blobs).isEmpty();
  }

  @Test
  void aDryRunChecksThePackageAndChangesNothing() {
    var created = create("fn");

    var result =
        functions.updateFunctionCode(
            CALLER, new UpdateCodeInput("fn", new CodeSource.Zip(zip("y")), false, null, true));
    var invalid =
        functions.updateFunctionCode(
            CALLER,
            new UpdateCodeInput("fn", new CodeSource.Zip(new byte[] {1, 2}), false, null, true));

    assertThat(result.value().codeSha256()).isNotEqualTo(created.codeSha256());
    assertThat(invalid.failure().code()).isEqualTo("InvalidParameterValueException");
    assertThat(functions.getFunction(CALLER, "fn", null).value().configuration())
        .isEqualTo(created);
    assertThat(blobs.blobs).hasSize(1);
    assertThat(runtime.retired).isEmpty();
  }

  @Test
  void aStaleRevisionChangesNothing() {
    var created = create("fn");
    functions.updateFunctionConfiguration(CALLER, "fn", config(null, null, 10), null);

    var result =
        functions.updateFunctionCode(
            CALLER,
            new UpdateCodeInput(
                "fn", new CodeSource.Zip(zip("x")), false, created.revisionId(), false));

    assertThat(result.failure().code()).isEqualTo("PreconditionFailedException");
    assertThat(result.failure().status()).isEqualTo(412);
    assertThat(blobs.blobs).hasSize(1);
  }
}
