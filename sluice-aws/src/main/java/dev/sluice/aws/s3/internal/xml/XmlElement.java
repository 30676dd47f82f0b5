package dev.sluice.aws.s3.internal.xml;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A read-only view of a parsed element. Children are matched by local name, so documents with and
 * without S3's namespace read alike; unknown children are ignored, as S3 ignores them.
 */
public record XmlElement(Element element) {

  public String name() {
    var local = element.getLocalName();
    return local != null ? local : element.getTagName();
  }

  /** The element's text, including CDATA sections, exactly as sent. */
  public String text() {
    return element.getTextContent();
  }

  /** All child elements, in document order. */
  public List<XmlElement> children() {
    var result = new ArrayList<XmlElement>();
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        result.add(new XmlElement(e));
      }
    }
    return result;
  }

  /** Child elements with this local name, in document order. */
  public List<XmlElement> children(String name) {
    return children().stream().filter(c -> c.name().equals(name)).toList();
  }

  /** The first child with this local name, or null. */
  public XmlElement child(String name) {
    for (var c : children()) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    return null;
  }

  /** The text of the first child with this local name, or null when there is no such child. */
  public String childText(String name) {
    var c = child(name);
    return c == null ? null : c.text();
  }
}
