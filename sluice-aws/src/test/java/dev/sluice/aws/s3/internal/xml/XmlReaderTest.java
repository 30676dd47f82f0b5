package dev.sluice.aws.s3.internal.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XmlReaderTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsChildrenByLocalNameWithOrWithoutTheS3Namespace() {
    var withNs =
        XmlReader.parse(
                utf8(
                    "<Delete xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                        + "<Object><Key>a</Key></Object></Delete>"))
            .value();
    var without = XmlReader.parse(utf8("<Delete><Object><Key>a</Key></Object></Delete>")).value();

    assertThat(withNs.child("Object").childText("Key")).isEqualTo("a");
    assertThat(without.child("Object").childText("Key")).isEqualTo("a");
  }

  @Test
  void keepsTextExactlyIncludingSpacesEntitiesAndCdata() {
    var root =
        XmlReader.parse(utf8("<R><K>  a &amp; b &#x20AC; </K><C><![CDATA[<x>]]></C></R>")).value();

    assertThat(root.childText("K")).isEqualTo("  a & b € ");
    assertThat(root.childText("C")).isEqualTo("<x>");
  }

  @Test
  void anUnexpectedRootIsMalformedXml() {
    var result = XmlReader.parse(utf8("<Other/>"), "Delete");

    assertThat(result.failure().code()).isEqualTo("MalformedXML");
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "",
        "not xml",
        "<Delete>",
        "<Delete></Other>",
        "<Delete><Object></Delete>",
        "<a/><b/>",
        "<Delete>&undefined;</Delete>"
      })
  void malformedDocumentsAreMalformedXml(String text) {
    var failure = XmlReader.parse(utf8(text)).failure();

    assertThat(failure.code()).isEqualTo("MalformedXML");
    assertThat(failure.status()).isEqualTo(400);
    assertThat(failure.message())
        .isEqualTo(
            "The XML you provided was not well-formed or did not validate against our published"
                + " schema");
  }

  @Test
  void entityExpansionBombsAreRefusedBeforeExpanding() {
    var bomb =
        """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
          <!ENTITY lol "lol">
          <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
        ]>
        <Delete><Object><Key>&lol4;</Key></Object></Delete>
        """;

    assertThat(XmlReader.parse(utf8(bomb)).failure().code()).isEqualTo("MalformedXML");
  }

  @Test
  void externalEntitiesAreNeverRead(@TempDir java.nio.file.Path dir) throws Exception {
    var secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    var xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]><Delete><Object><Key>&x;</Key></Object></Delete>";

    var result = XmlReader.parse(utf8(xxe));

    assertThat(result.isOk()).isFalse();
    assertThat(result.failure().code()).isEqualTo("MalformedXML");
  }

  @Test
  void externalDtdsAreNeverFetched(@TempDir java.nio.file.Path dir) throws Exception {
    var dtd = dir.resolve("evil.dtd");
    Files.writeString(dtd, "<!ENTITY x \"from-dtd\">");
    var doc =
        "<?xml version=\"1.0\"?><!DOCTYPE Delete SYSTEM \""
            + dtd.toUri()
            + "\"><Delete><Object><Key>&x;</Key></Object></Delete>";

    assertThat(XmlReader.parse(utf8(doc)).failure().code()).isEqualTo("MalformedXML");
  }
}
