package dev.sluice.spark.streaming;

import dev.sluice.spark.StreamingMain;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;

/** One local Spark (two cores, the streaming settings) for every test in the JVM. */
final class SharedSpark {

  private static JavaSparkContext context;

  private SharedSpark() {}

  static synchronized JavaSparkContext context() {
    if (context == null) {
      context =
          JavaSparkContext.fromSparkContext(
              SparkContext.getOrCreate(
                  StreamingMain.sparkConf()
                      .setMaster("local[2]")
                      .setAppName("sluice-spark-tests")));
    }
    return context;
  }
}
