package dev.sluice.server.cli;

import dev.sluice.server.AuthMode;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --auth any|strict}. */
final class AuthModeConverter implements ITypeConverter<AuthMode> {
  @Override
  public AuthMode convert(String value) {
    try {
      return AuthMode.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
