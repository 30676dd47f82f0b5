package dev.sluice.server.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest. */
final class SluiceVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    var version = SluiceCommand.class.getPackage().getImplementationVersion();
    return new String[] {
      "sluice " + (version == null ? "(development build)" : version), "Java " + Runtime.version()
    };
  }
}
