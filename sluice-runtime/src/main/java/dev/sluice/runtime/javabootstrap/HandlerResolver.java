package dev.sluice.runtime.javabootstrap;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JavaType;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Finds the handler a {@code _HANDLER} setting names: {@code pkg.Class} or {@code
 * pkg.Class::method}.
 */
final class HandlerResolver {

  /** Why the handler cannot be loaded, in Lambda's words. */
  static final class InitFailure extends Exception {
    private final transient ErrorDocument document;

    InitFailure(ErrorDocument document) {
      super(document.message(), null, false, false);
      this.document = document;
    }

    ErrorDocument document() {
      return document;
    }
  }

  private HandlerResolver() {}

  static FunctionHandler resolve(String setting, ClassLoader loader) throws InitFailure {
    var separator = setting.indexOf("::");
    var className = separator < 0 ? setting : setting.substring(0, separator);
    var methodName = separator < 0 ? null : setting.substring(separator + 2);
    Class<?> type;
    try {
      type = Class.forName(className, true, loader);
    } catch (ClassNotFoundException | NoClassDefFoundError e) {
      throw new InitFailure(
          ErrorDocument.of("java.lang.ClassNotFoundException", "Class not found: " + className));
    } catch (Throwable e) {
      throw new InitFailure(ErrorDocument.of(e));
    }
    var target = instantiate(type);
    if (target instanceof RequestStreamHandler stream && isDefault(methodName)) {
      return new FunctionHandler.Stream(stream);
    }
    if (target instanceof RequestHandler<?, ?> && isDefault(methodName)) {
      return typed(target, type);
    }
    return pojo(target, type, methodName == null ? "handleRequest" : methodName);
  }

  private static boolean isDefault(String methodName) {
    return methodName == null || methodName.equals("handleRequest");
  }

  private static Object instantiate(Class<?> type) throws InitFailure {
    try {
      var constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor.newInstance();
    } catch (NoSuchMethodException e) {
      throw new InitFailure(
          ErrorDocument.of(
              "java.lang.Exception",
              "Class " + type.getName() + " has no public zero-argument constructor"));
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw new InitFailure(ErrorDocument.of(e.getCause()));
    } catch (ReflectiveOperationException e) {
      throw new InitFailure(ErrorDocument.of(e));
    }
  }

  @SuppressWarnings("unchecked")
  private static FunctionHandler typed(Object target, Class<?> type) {
    var input = inputType(type);
    return new FunctionHandler.Typed((RequestHandler<Object, Object>) target, input);
  }

  private static JavaType inputType(Class<?> type) {
    var factory = FunctionHandler.JSON.getTypeFactory();
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Type implemented : c.getGenericInterfaces()) {
        if (implemented instanceof ParameterizedType parameterized
            && parameterized.getRawType() == RequestHandler.class) {
          var argument = parameterized.getActualTypeArguments()[0];
          return argument instanceof Class<?> || argument instanceof ParameterizedType
              ? factory.constructType(argument)
              : factory.constructType(Object.class);
        }
      }
    }
    return factory.constructType(Object.class);
  }

  private static FunctionHandler pojo(Object target, Class<?> type, String methodName)
      throws InitFailure {
    var method =
        Arrays.stream(type.getMethods())
            .filter(m -> m.getName().equals(methodName) && !m.isBridge())
            .filter(HandlerResolver::fitsAHandler)
            .max(Comparator.comparingInt(Method::getParameterCount));
    if (method.isEmpty()) {
      throw new InitFailure(
          ErrorDocument.of(
              "java.lang.NoSuchMethodException",
              "No public method named "
                  + methodName
                  + " with appropriate method signature found on class "
                  + type.getName()));
    }
    var chosen = method.get();
    var parameters = chosen.getParameterTypes();
    var streams =
        parameters.length >= 2
            && parameters[0] == InputStream.class
            && parameters[1] == OutputStream.class;
    return new FunctionHandler.Pojo(
        Modifier.isStatic(chosen.getModifiers()) ? null : target, chosen, streams);
  }

  private static boolean fitsAHandler(Method method) {
    var parameters = method.getParameterTypes();
    return switch (parameters.length) {
      case 0, 1 -> true;
      case 2 -> parameters[1] == Context.class || parameters[0] == InputStream.class;
      case 3 ->
          parameters[0] == InputStream.class
              && parameters[1] == OutputStream.class
              && parameters[2] == Context.class;
      default -> false;
    };
  }
}
