package dev.sluice.server.cli;

import dev.sluice.server.AccessKey;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --access-key AKID:SECRET[:ACCOUNT]}. */
final class AccessKeyConverter implements ITypeConverter<AccessKey> {
  @Override
  public AccessKey convert(String value) {
    try {
      return AccessKey.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
