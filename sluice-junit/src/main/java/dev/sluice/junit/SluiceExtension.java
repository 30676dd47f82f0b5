package dev.sluice.junit;

import dev.sluice.server.RunningSluice;
import dev.sluice.server.Sluice;
import dev.sluice.server.SluiceConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one Sluice per test class, on a free port with a temporary data directory that is deleted
 * afterwards, and injects {@link RunningSluice} and its endpoint {@link URI} into test methods,
 * constructors and lifecycle methods.
 *
 * <pre>{@code
 * @ExtendWith(SluiceExtension.class)
 * class MyTest {
 *   @Test void works(URI endpoint) { ... }
 * }
 *
 * class MyOtherTest {
 *   @RegisterExtension
 *   static SluiceExtension sluice = SluiceExtension.withConfig(c -> c.withRegion("eu-west-1"));
 *
 *   @Test void works() { var endpoint = sluice.endpoint(); ... }
 * }
 * }</pre>
 *
 * Nested test classes share the Sluice of their enclosing class.
 */
public final class SluiceExtension
    implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SluiceExtension.class);

  private final UnaryOperator<SluiceConfig> customise;
  private volatile Started current;

  /** A Sluice with the default configuration (used by {@code @ExtendWith}). */
  public SluiceExtension() {
    this(UnaryOperator.identity());
  }

  private SluiceExtension(UnaryOperator<SluiceConfig> customise) {
    this.customise = customise;
  }

  /**
   * A Sluice whose configuration {@code customise} adjusts; port and data directory are then set to
   * a free port and a fresh temporary directory.
   */
  public static SluiceExtension withConfig(UnaryOperator<SluiceConfig> customise) {
    return new SluiceExtension(customise);
  }

  /** The running Sluice of the current test class. */
  public RunningSluice sluice() {
    var started = current;
    if (started == null) {
      throw new IllegalStateException("Sluice is not running: use it from tests of the class");
    }
    return started.sluice();
  }

  /** Where the current test class's Sluice listens, e.g. {@code http://127.0.0.1:41234}. */
  public URI endpoint() {
    return sluice().endpoint();
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    var inherited = context.getStore(NAMESPACE).get(Started.class, Started.class);
    if (inherited != null) {
      current = inherited;
      return;
    }
    var dataDir = Files.createTempDirectory("sluice-junit-");
    try {
      var config = customise.apply(SluiceConfig.defaults()).withPort(0).withDataDir(dataDir);
      var started = new Started(context.getUniqueId(), Sluice.create(config).start(), dataDir);
      context.getStore(NAMESPACE).put(Started.class, started);
      current = started;
    } catch (RuntimeException e) {
      TemporaryDirectory.delete(dataDir);
      throw e;
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    var started = context.getStore(NAMESPACE).get(Started.class, Started.class);
    if (started == null || !started.owner().equals(context.getUniqueId())) {
      return;
    }
    context.getStore(NAMESPACE).remove(Started.class);
    current = null;
    try {
      started.sluice().close();
    } finally {
      TemporaryDirectory.delete(started.dataDir());
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    var type = parameter.getParameter().getType();
    return type == RunningSluice.class || type == URI.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    var started = context.getStore(NAMESPACE).get(Started.class, Started.class);
    if (started == null) {
      throw new IllegalStateException("SluiceExtension starts Sluice per class (beforeAll)");
    }
    var type = parameter.getParameter().getType();
    return type == URI.class ? started.sluice().endpoint() : started.sluice();
  }

  /** A Sluice started for the test class with this unique id. */
  private record Started(String owner, RunningSluice sluice, Path dataDir) {}
}
