package dev.sluice.runtime.javabootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the function's classes: the package's root (a jar's classes, or a zip's) and its {@code
 * lib/*.jar}. It does not see the bootstrap's own libraries (a function may bring other versions of
 * them), except {@code aws-lambda-java-core}, shared so the handler's interfaces are the ones the
 * bootstrap calls.
 */
final class FunctionClassLoader extends URLClassLoader {

  private static final String LAMBDA_CORE = "com.amazonaws.services.lambda.runtime.";

  private final ClassLoader bootstrap;

  private FunctionClassLoader(URL[] urls, ClassLoader bootstrap) {
    super("function", urls, ClassLoader.getPlatformClassLoader());
    this.bootstrap = bootstrap;
  }

  static FunctionClassLoader forTaskRoot(Path taskRoot, ClassLoader bootstrap) {
    var urls = new ArrayList<URL>();
    try {
      urls.add(taskRoot.toUri().toURL());
      for (var jar : jars(taskRoot.resolve("lib"))) {
        urls.add(jar.toUri().toURL());
      }
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
    return new FunctionClassLoader(urls.toArray(URL[]::new), bootstrap);
  }

  private static List<Path> jars(Path lib) {
    if (!Files.isDirectory(lib)) {
      return List.of();
    }
    try (var files = Files.list(lib)) {
      return files.filter(file -> file.toString().endsWith(".jar")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isLambdaCore(String name) {
    if (!name.startsWith(LAMBDA_CORE)) {
      return false;
    }
    var rest = name.substring(LAMBDA_CORE.length());
    return rest.indexOf('.') < 0 || rest.startsWith("logging.");
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (isLambdaCore(name)) {
      try {
        return bootstrap.loadClass(name);
      } catch (ClassNotFoundException e) {
        // not one of the core interfaces: the function's own copy, below
      }
    }
    return super.loadClass(name, resolve);
  }
}
