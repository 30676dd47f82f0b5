package dev.sluice.spark.glue;

import dev.sluice.spark.OrphanGuard;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

/**
 * The main class Sluice submits for a Glue jar job: starts the orphan guard at once (the Sluice
 * that started this JVM is named in the system property {@value OrphanGuard#PARENT}, which
 * SparkSubmit sets from the Spark setting), so that a job is stopped with its Sluice even before,
 * or without, creating a SparkContext; then runs the job's own main class (the first argument) with
 * the remaining arguments, loaded from the application jar.
 */
public final class GuardedMain {

  private GuardedMain() {}

  public static void main(String[] args) throws Throwable {
    if (args.length == 0) {
      throw new IllegalArgumentException("GuardedMain needs the job's main class");
    }
    var parent = System.getProperty(OrphanGuard.PARENT);
    if (parent != null) {
      OrphanGuard.watchParent(Long.parseLong(parent));
    }
    var loader = Thread.currentThread().getContextClassLoader();
    var main = Class.forName(args[0], true, loader).getMethod("main", String[].class);
    if (!Modifier.isStatic(main.getModifiers())) {
      throw new IllegalArgumentException("The main method of " + args[0] + " is not static");
    }
    invoke(main, Arrays.copyOfRange(args, 1, args.length));
  }

  /** Runs main; what it throws is thrown as it is, so the JVM reports the job's own exception. */
  private static void invoke(Method main, String[] args) throws Throwable {
    try {
      main.invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
