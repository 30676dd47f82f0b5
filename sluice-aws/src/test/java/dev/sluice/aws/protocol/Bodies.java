package dev.sluice.aws.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.aws.http.HttpResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Parses response bodies in protocol tests. */
final class Bodies {
  private Bodies() {}

  static byte[] bytes(HttpResponse response) {
    return ((HttpResponse.Bytes) response.body()).bytes();
  }

  static JsonNode json(HttpResponse response) throws IOException {
    return new ObjectMapper().readTree(bytes(response));
  }

  static Document xml(HttpResponse response) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes(response)));
  }

  static String text(Document document, String element) {
    var nodes = document.getElementsByTagName(element);
    return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
  }
}
