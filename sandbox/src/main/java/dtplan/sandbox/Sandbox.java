package dtplan.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An ARM- and ADT-data-plane-compatible emulator on 127.0.0.1 that the unchanged Azure SDK can talk
 * to. See docs/sandbox.md.
 */
public final class Sandbox implements AutoCloseable {
  /** The subscription used in examples; any other subscription id works as well. */
  public static final String DEFAULT_SUBSCRIPTION = Arm.DEFAULT_SUBSCRIPTION;

  /** The tenant of every principal the sandbox creates. */
  public static final String DEFAULT_TENANT = Backend.DEFAULT_TENANT;

  /**
   * The header every {@code /_sandbox/} admin call must carry, with {@link #ADMIN_HEADER_VALUE}. A
   * fixed value, not a secret: it keeps out web pages (which cannot send a custom header
   * cross-origin without a preflight, and the sandbox approves none), not local programs, which may
   * call the unauthenticated ARM API anyway. See docs/sandbox.md, "Browsers".
   */
  public static final String ADMIN_HEADER = "X-Dtplan-Sandbox";

  /** The value of {@link #ADMIN_HEADER}. */
  public static final String ADMIN_HEADER_VALUE = "1";

  private final HttpServer server;
  private final ExecutorService executor;
  private final Backend backend;
  private final Seeder seeder;
  private final RequestLog log = new RequestLog();
  private final Faults faults;
  private final URI url;

  private Sandbox(SandboxConfig config) throws IOException {
    StateStore store = new StateStore(config.stateDir());
    this.backend = new Backend(config, store, store.load());
    this.faults = new Faults(config.seed());
    Arm arm = new Arm(backend);
    this.seeder = new Seeder(backend, arm);
    this.server =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getByName("127.0.0.1"), config.port()), 64);
    this.url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    backend.baseUrl = url.toString();
    this.executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "dtplan-sandbox");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", new Dispatcher(backend, arm, new Admin(this), log, faults));
    server.start();
  }

  /**
   * Starts a sandbox bound to 127.0.0.1 only; state is loaded from the state dir if any.
   *
   * @throws DamagedStateException when the state file exists but cannot be read back
   */
  public static Sandbox start(SandboxConfig config) throws IOException {
    // The JDK server leaves Nagle's algorithm on; against the client's delayed ACKs on loopback
    // that costs ~45 ms per request (docs/benchmarks.md). It reads the property once, at first use.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    return new Sandbox(config);
  }

  /**
   * Whether {@code stateDir} holds sandbox state. A temporary file left by a killed process does
   * not count, so a folder holding only that is still seeded as new.
   */
  public static boolean hasState(Path stateDir) {
    return StateStore.exists(stateDir);
  }

  /**
   * Deletes the state in {@code stateDir} without reading it, so that a damaged state file can be
   * got rid of; the next start is empty.
   */
  public static void discardState(Path stateDir) throws IOException {
    StateStore.discard(stateDir);
  }

  /** The base URL with a trailing slash, e.g. {@code http://127.0.0.1:41234/}. */
  public URI url() {
    return url;
  }

  public SandboxConfig config() {
    return backend.config;
  }

  /** Loads a seed file; see docs/sandbox.md for the format. */
  public void seed(Path jsonFile) throws IOException {
    seed(Files.readString(jsonFile, StandardCharsets.UTF_8));
  }

  /**
   * Loads a seed document.
   *
   * @throws IllegalArgumentException when the document is malformed or a resource is refused
   */
  public void seed(String json) {
    try {
      seeder.seed(Json.parse(json.getBytes(StandardCharsets.UTF_8)));
    } catch (ApiError e) {
      throw new IllegalArgumentException("The seed document is not valid JSON.");
    }
  }

  /** Wipes all resources, routes, role assignments, principals and operations. */
  public void reset() {
    synchronized (backend.lock) {
      backend.data = new StateData();
      backend.save();
    }
  }

  public RequestLog requests() {
    return log;
  }

  public Faults faults() {
    return faults;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
