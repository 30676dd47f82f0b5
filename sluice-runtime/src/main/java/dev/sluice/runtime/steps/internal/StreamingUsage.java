package dev.sluice.runtime.steps.internal;

/** The options Sluice's Hadoop streaming accepts, as a usage text for argument errors. */
final class StreamingUsage {

  static final String TEXT =
      """
      Usage: hadoop jar hadoop-streaming.jar [generic options] [streaming options]
      Generic options:
        -D <property=value>          set a job property
        -files <file[#link],...>     files the commands find in their working directory
      Streaming options:
        -input <path>                input file(s) or directory (repeatable, comma-separated)
        -output <path>               output directory; must not exist
        -mapper <cmd>                the map command (default: identity)
        -combiner <cmd>              the combine command
        -reducer <cmd|aggregate|NONE> the reduce command
        -file <file>                 a file shipped to the commands' working directory
        -cacheFile <uri#link>        a file the commands see as link
        -inputformat TextInputFormat
        -outputformat TextOutputFormat
        -numReduceTasks <n>          reduce tasks (0: map only)
        -cmdenv <name=value>         an environment variable for the commands
        -verbose
      Not supported by Sluice: -archives, -cacheArchive, -partitioner, -inputreader, -io,
        -libjars, -mapdebug, -reducedebug, -conf, -fs, -jt, Java class mappers and reducers.
      Try -help for more information""";

  private StreamingUsage() {}
}
