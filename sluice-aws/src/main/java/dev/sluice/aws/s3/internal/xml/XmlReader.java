package dev.sluice.aws.s3.internal.xml;

import dev.sluice.core.objects.S3Failures;
import dev.sluice.core.result.Result;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses request documents with the JDK's DOM parser, hardened: no DOCTYPE at all (so no entity
 * expansion and no external entities), no external DTD or schema access, no XInclude. Anything that
 * does not parse is S3's {@code MalformedXML}.
 */
public final class XmlReader {
  private static final DocumentBuilderFactory FACTORY = hardenedFactory();

  private XmlReader() {}

  /** The root element of {@code xml}, or MalformedXML. */
  public static Result<XmlElement> parse(byte[] xml) {
    try {
      var document = newBuilder().parse(new ByteArrayInputStream(xml));
      return Result.ok(new XmlElement(document.getDocumentElement()));
    } catch (SAXException | IOException e) {
      return Result.err(S3Failures.malformedXml());
    }
  }

  /** The root element, or MalformedXML when it is not named {@code rootName}. */
  public static Result<XmlElement> parse(byte[] xml, String rootName) {
    return parse(xml)
        .flatMap(
            root ->
                root.name().equals(rootName)
                    ? Result.ok(root)
                    : Result.err(S3Failures.malformedXml()));
  }

  private static DocumentBuilder newBuilder() {
    try {
      synchronized (FACTORY) {
        var builder = FACTORY.newDocumentBuilder();
        builder.setErrorHandler(SILENT);
        builder.setEntityResolver(
            (publicId, systemId) -> {
              throw new SAXException("external entities are not allowed");
            });
        return builder;
      }
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
    }
  }

  private static DocumentBuilderFactory hardenedFactory() {
    var factory = DocumentBuilderFactory.newInstance();
    try {
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be hardened", e);
    }
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    return factory;
  }

  /** Turns every parse problem into an exception instead of printing it to stderr. */
  private static final ErrorHandler SILENT =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };
}
