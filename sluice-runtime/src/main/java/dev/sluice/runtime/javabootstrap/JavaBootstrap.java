package dev.sluice.runtime.javabootstrap;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The main class of a Java function instance (a child JVM): loads the handler named by {@code
 * _HANDLER} from the code in {@code LAMBDA_TASK_ROOT} and serves invocations from the Lambda
 * Runtime API until the process is stopped.
 */
public final class JavaBootstrap {

  private JavaBootstrap() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    var api = new RuntimeApiClient(System.getenv("AWS_LAMBDA_RUNTIME_API"));
    var taskRoot = Path.of(System.getenv().getOrDefault("LAMBDA_TASK_ROOT", "."));
    FunctionHandler handler;
    try {
      var loader = FunctionClassLoader.forTaskRoot(taskRoot, JavaBootstrap.class.getClassLoader());
      Thread.currentThread().setContextClassLoader(loader);
      handler = HandlerResolver.resolve(System.getenv().getOrDefault("_HANDLER", ""), loader);
    } catch (HandlerResolver.InitFailure failure) {
      System.out.println(failure.document().message());
      System.out.flush();
      api.initError(failure.document());
      System.exit(1);
      return;
    }
    new InvocationLoop(api, handler).run();
  }
}
