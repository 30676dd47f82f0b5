package dev.sluice.core.jobs;

/**
 * What a job runs (Glue's {@code JobCommand}).
 *
 * @param name {@code glueetl}, {@code pythonshell}, {@code gluestreaming} or {@code glueray}
 * @param scriptLocation the script or jar, usually {@code s3://bucket/key}; a local path works too
 * @param pythonVersion {@code 2}, {@code 3} or {@code 3.9}, or null
 * @param runtime Ray's runtime name, or null
 */
public record JobCommand(String name, String scriptLocation, String pythonVersion, String runtime) {

  public static final String GLUE_ETL = "glueetl";
  public static final String PYTHON_SHELL = "pythonshell";
}
