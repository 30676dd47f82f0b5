package dev.sluice.aws.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.result.Failure;
import org.junit.jupiter.api.Test;

class RestXmlErrorsTest {

  @Test
  void rendersS3sErrorDocumentWithDetailsAndIds() throws Exception {
    var failure =
        Failure.of("NoSuchKey", 404, "The specified key does not exist.").with("Key", "a&b");
    var response = RestXmlErrors.render(failure, "REQ1");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.headers().first("x-amz-request-id")).isEqualTo("REQ1");
    assertThat(response.headers().first("x-amz-id-2")).isNotBlank();
    var xml = Bodies.xml(response);
    assertThat(xml.getDocumentElement().getTagName()).isEqualTo("Error");
    assertThat(Bodies.text(xml, "Code")).isEqualTo("NoSuchKey");
    assertThat(Bodies.text(xml, "Message")).isEqualTo("The specified key does not exist.");
    assertThat(Bodies.text(xml, "Key")).isEqualTo("a&b");
    assertThat(Bodies.text(xml, "RequestId")).isEqualTo("REQ1");
    assertThat(Bodies.text(xml, "HostId")).isEqualTo(response.headers().first("x-amz-id-2"));
  }
}
