package dev.sluice.aws.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.result.Failure;
import org.junit.jupiter.api.Test;

class QueryErrorsTest {

  @Test
  void rendersAnErrorResponseInTheServicesNamespace() throws Exception {
    var failure = Failure.of("NotFound", 404, "Topic does not exist");
    var response = QueryErrors.render(failure, "REQ1", QueryErrors.SNS_NAMESPACE);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.headers().first("Content-Type")).isEqualTo("text/xml");
    assertThat(response.headers().first("x-amzn-RequestId")).isEqualTo("REQ1");
    var xml = Bodies.xml(response);
    var root = xml.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("ErrorResponse");
    assertThat(root.getNamespaceURI()).isEqualTo("http://sns.amazonaws.com/doc/2010-03-31/");
    assertThat(Bodies.text(xml, "Type")).isEqualTo("Sender");
    assertThat(Bodies.text(xml, "Code")).isEqualTo("NotFound");
    assertThat(Bodies.text(xml, "Message")).isEqualTo("Topic does not exist");
    assertThat(Bodies.text(xml, "RequestId")).isEqualTo("REQ1");
  }

  @Test
  void marksServerFailuresAsReceiverErrors() throws Exception {
    var response = QueryErrors.render(Failure.of("InternalError", 500, "m"), "R", null);

    assertThat(Bodies.text(Bodies.xml(response), "Type")).isEqualTo("Receiver");
  }

  @Test
  void escapesMarkupInMessages() throws Exception {
    var failure = Failure.of("InvalidParameter", 400, "Invalid parameter: <Name> & 'x'");
    var xml = Bodies.xml(QueryErrors.render(failure, "R", QueryErrors.SQS_NAMESPACE));

    assertThat(Bodies.text(xml, "Message")).isEqualTo("Invalid parameter: <Name> & 'x'");
  }
}
