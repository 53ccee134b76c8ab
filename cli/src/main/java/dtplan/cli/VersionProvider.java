package dtplan.cli;

import picocli.CommandLine.IVersionProvider;

/** The version the build wrote into the jar manifest. */
final class VersionProvider implements IVersionProvider {
  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "development build" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"dtplan " + version()};
  }
}
