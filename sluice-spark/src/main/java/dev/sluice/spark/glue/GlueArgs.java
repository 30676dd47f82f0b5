package dev.sluice.spark.glue;

import dev.sluice.spark.glue.internal.ArgumentScan;
import dev.sluice.spark.glue.internal.GlueOption;
import dev.sluice.spark.glue.internal.ReservedOptions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Glue's argument resolution for Spark jobs written in Java or Scala, as {@code getResolvedOptions}
 * of Glue's Python library resolves them: every name asked for is a required {@code --name value}
 * (hyphens in names become underscores in keys); arguments not asked for are ignored; Glue's
 * reserved arguments are always recognised and answered when given: {@code JOB_ID}, {@code
 * JOB_RUN_ID}, {@code SECURITY_CONFIGURATION}, {@code encryption_type}, {@code TempDir} and {@code
 * RedshiftTempDir} (each copied to the other when only one is given), and {@code
 * job_bookmark_option} (always answered: {@code job-bookmark-disable} unless given, or translated
 * from the older {@code --continuation-option}); {@code job_bookmark_from} and {@code
 * job_bookmark_to} only with {@code job-bookmark-pause}.
 *
 * <p>Unlike Python's argparse, names are matched exactly (argparse also accepts unambiguous
 * prefixes), and absent optional arguments are left out of the map rather than mapped to null. The
 * arguments are a Java {@code main}'s: there is no program name to skip.
 */
public final class GlueArgs {

  private GlueArgs() {}

  /**
   * The values of {@code names} and of Glue's reserved arguments, by key.
   *
   * @throws GlueArgumentException when an asked-for argument is missing, has no value, or a
   *     reserved one has a value Glue does not accept
   * @throws IllegalArgumentException when a name asked for is one of Glue's reserved bookmark
   *     arguments ({@code job-bookmark-option}, {@code job-bookmark-from}, {@code job-bookmark-to},
   *     {@code continuation-option})
   */
  public static Map<String, String> resolve(String[] args, String... names) {
    return resolve(Arrays.asList(args), Arrays.asList(names));
  }

  /** As {@link #resolve(String[], String...)}. */
  public static Map<String, String> resolve(List<String> args, List<String> names) {
    List<GlueOption> options = ReservedOptions.with(names);
    var values = ArgumentScan.scan(args, options);
    var missing =
        options.stream()
            .filter(option -> option.required() && !values.containsKey(option.key()))
            .map(GlueOption::flag)
            .toList();
    if (!missing.isEmpty()) {
      throw new GlueArgumentException(
          "the following arguments are required: " + String.join(", ", missing));
    }
    return ReservedOptions.settle(values);
  }
}
