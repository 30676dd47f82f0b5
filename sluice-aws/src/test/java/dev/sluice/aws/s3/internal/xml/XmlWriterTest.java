package dev.sluice.aws.s3.internal.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlWriterTest {

  @Test
  void writesADeclarationAndTheS3NamespaceOnTheRoot() {
    var xml = XmlWriter.s3Document("R").element("A", "1").toString();

    assertThat(xml)
        .isEqualTo(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<R xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><A>1</A></R>");
  }

  @Test
  void escapesMarkupQuotesAndControlCharacters() {
    var xml = XmlWriter.plainDocument("R").element("K", "a<b>&\"c\"\r\u0001").toString();

    assertThat(xml).endsWith("<R><K>a&lt;b&gt;&amp;&quot;c&quot;&#xD;&#x1;</K></R>");
  }

  @Test
  void everyTextSurvivesARoundTripThroughTheParser() {
    var text = " lead & trail \t tab\nnewline\r\ncrlf €😀 \"'<>]]> ";
    var xml = XmlWriter.plainDocument("R").element("K", text).toBytes();

    var parsed = XmlReader.parse(xml).value();

    assertThat(parsed.childText("K")).isEqualTo(text);
  }

  @Test
  void closesOpenElementsAndSkipsAbsentOptionalOnes() {
    var xml =
        XmlWriter.plainDocument("R")
            .start("S")
            .optional("Absent", null)
            .element("Empty", "")
            .empty("Flag")
            .toString();

    assertThat(xml).endsWith("<R><S><Empty></Empty><Flag/></S></R>");
  }

  @Test
  void writesUtf8() {
    var bytes = XmlWriter.plainDocument("R").element("K", "€").toBytes();

    assertThat(new String(bytes, StandardCharsets.UTF_8)).endsWith("<K>€</K></R>");
  }
}
