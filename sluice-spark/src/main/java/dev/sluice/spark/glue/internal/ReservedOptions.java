package dev.sluice.spark.glue.internal;

import dev.sluice.spark.glue.GlueArgumentException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Glue's reserved job arguments: recognised in every job, answered when given, and the rules that
 * settle the bookmark option and the temporary directories once the arguments are read.
 */
public final class ReservedOptions {

  static final String BOOKMARK = "job_bookmark_option";
  static final String CONTINUATION = "continuation_option";
  static final List<String> BOOKMARK_CHOICES =
      List.of("job-bookmark-enable", "job-bookmark-pause", "job-bookmark-disable");
  static final List<String> CONTINUATION_CHOICES =
      List.of("continuation-enabled", "continuation-readonly", "continuation-ignore");
  static final List<String> RANGE = List.of("job-bookmark-from", "job-bookmark-to");

  private static final Set<String> REFUSED =
      Set.of("job-bookmark-option", "continuation-option", "job-bookmark-from", "job-bookmark-to");
  private static final Set<String> TEMP_DIRS = Set.of("TempDir", "RedshiftTempDir");

  private ReservedOptions() {}

  /** The reserved options, then the asked-for ones (required), each once. */
  public static List<GlueOption> with(List<String> names) {
    var options = new LinkedHashMap<String, GlueOption>();
    reserved().forEach(option -> options.put(option.flag(), option));
    for (var name : names) {
      if (REFUSED.contains(name.replace('_', '-'))) {
        throw new IllegalArgumentException("Using reserved arguments --" + name.replace('_', '-'));
      }
      if (TEMP_DIRS.contains(name)) {
        continue;
      }
      var asked = GlueOption.of(name, true);
      options.merge(asked.flag(), asked, (reserved, ignored) -> reserved.asRequired());
    }
    return new ArrayList<>(options.values());
  }

  /** The values read, with the temporary directories and bookmark options settled. */
  public static Map<String, String> settle(Map<String, String> read) {
    var values = new LinkedHashMap<>(read);
    if (values.containsKey("TempDir")) {
      values.put("RedshiftTempDir", values.get("TempDir"));
    } else if (values.containsKey("RedshiftTempDir")) {
      values.put("TempDir", values.get("RedshiftTempDir"));
    }
    var continuation = values.remove(CONTINUATION);
    if (!values.containsKey(BOOKMARK)) {
      values.put(
          BOOKMARK,
          continuation == null
              ? "job-bookmark-disable"
              : BOOKMARK_CHOICES.get(CONTINUATION_CHOICES.indexOf(continuation)));
    }
    var absent = RANGE.stream().filter(name -> !values.containsKey(key(name))).toList();
    if (!values.get(BOOKMARK).equals("job-bookmark-pause")) {
      RANGE.forEach(name -> values.remove(key(name)));
    } else if (absent.size() == 1) {
      throw new GlueArgumentException("Missing option or value for --" + absent.get(0));
    }
    return values;
  }

  private static List<GlueOption> reserved() {
    return List.of(
        GlueOption.of("job-bookmark-option", false, BOOKMARK_CHOICES.toArray(String[]::new)),
        GlueOption.of("continuation-option", false, CONTINUATION_CHOICES.toArray(String[]::new)),
        GlueOption.of(RANGE.get(0), false),
        GlueOption.of(RANGE.get(1), false),
        GlueOption.of("JOB_ID", false),
        GlueOption.of("JOB_RUN_ID", false),
        GlueOption.of("SECURITY_CONFIGURATION", false),
        GlueOption.of("encryption-type", false, "sse-s3"),
        GlueOption.of("RedshiftTempDir", false),
        GlueOption.of("TempDir", false));
  }

  private static String key(String name) {
    return name.replace('-', '_');
  }
}
