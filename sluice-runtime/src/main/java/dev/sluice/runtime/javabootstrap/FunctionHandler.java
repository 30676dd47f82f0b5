package dev.sluice.runtime.javabootstrap;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** A loaded handler: turns an event's bytes into the result's bytes, or throws the user's error. */
sealed interface FunctionHandler {

  ObjectMapper JSON = new ObjectMapper();

  byte[] handle(byte[] event, Context context) throws Throwable;

  /** A {@link RequestStreamHandler}: bytes in, bytes out. */
  record Stream(RequestStreamHandler handler) implements FunctionHandler {
    @Override
    public byte[] handle(byte[] event, Context context) throws Throwable {
      var out = new ByteArrayOutputStream();
      handler.handleRequest(new ByteArrayInputStream(event), out, context);
      return out.toByteArray();
    }
  }

  /** A {@link RequestHandler}: its input type read from JSON, its output written as JSON. */
  record Typed(RequestHandler<Object, Object> handler, JavaType input) implements FunctionHandler {
    @Override
    public byte[] handle(byte[] event, Context context) throws Throwable {
      var value = event.length == 0 ? null : JSON.readValue(event, input);
      return JSON.writeValueAsBytes(handler.handleRequest(value, context));
    }
  }

  /**
   * A method of a plain class ({@code pkg.Class::method}): {@code (input)}, {@code (input,
   * context)}, {@code (InputStream, OutputStream[, Context])} or no parameters.
   */
  record Pojo(Object target, Method method, boolean streams) implements FunctionHandler {
    @Override
    public byte[] handle(byte[] event, Context context) throws Throwable {
      try {
        if (streams) {
          var out = new ByteArrayOutputStream();
          var in = new ByteArrayInputStream(event);
          method.invoke(
              target,
              method.getParameterCount() == 3
                  ? new Object[] {in, out, context}
                  : new Object[] {in, out});
          return out.toByteArray();
        }
        var result = method.invoke(target, arguments(event, context));
        return method.getReturnType() == void.class ? new byte[0] : JSON.writeValueAsBytes(result);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }

    private Object[] arguments(byte[] event, Context context) throws java.io.IOException {
      var count = method.getParameterCount();
      if (count == 0) {
        return new Object[0];
      }
      var type = JSON.getTypeFactory().constructType(method.getGenericParameterTypes()[0]);
      var input = event.length == 0 ? null : JSON.readValue(event, type);
      return count == 1 ? new Object[] {input} : new Object[] {input, context};
    }
  }
}
