package dtplan.plan;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dtplan.provider.ReadResponse;
import dtplan.spec.SpecDigest;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A digest of every live object a plan read, keyed by lower-case id, so apply can tell exactly
 * which objects changed since the plan was made.
 */
public final class LiveDigests {
  private static final ObjectWriter CANONICAL =
      JsonMapper.builder()
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build()
          .writer();

  private LiveDigests() {}

  /**
   * The digests of {@code live}, computed the first time anything reads them. Only a saved plan's
   * file and the stale-plan check read them; a plan that is only shown would otherwise serialise
   * and hash every live object (21,000 for 1,000 instances: an eighth of planning's CPU, issue 19).
   */
  static Map<String, String> lazy(ReadResponse live) {
    return new Lazy(live);
  }

  /** Digests as a plan keeps them: unmodifiable, and still unread where they were not read yet. */
  static Map<String, String> copyOf(Map<String, String> digests) {
    return digests instanceof Lazy ? digests : Map.copyOf(digests);
  }

  /** How many live objects a read holds: as many digests as {@link #of} gives (at most). */
  static int count(ReadResponse live) {
    return live.instances().size()
        + live.endpoints().size()
        + live.routes().size()
        + live.dataHistory().size()
        + live.dataExplorerPrincipals().size()
        + live.userIdentities().size()
        + live.roleAssignments().size()
        + live.destinations().size()
        + live.privateEndpoints().size()
        + live.privateEndpointConnections().size();
  }

  public static SortedMap<String, String> of(ReadResponse live) {
    SortedMap<String, String> out = new TreeMap<>();
    MessageDigest sha256 = sha256();
    // The data-plane host name is where Azure serves the instance, not something a plan changes;
    // a sandbox started on another port reports another one for the same instance.
    add(
        out,
        sha256,
        live.instances().stream().map(LiveDigests::withoutHostName).toList(),
        dtplan.model.Instance::id);
    add(out, sha256, live.endpoints(), dtplan.model.Endpoint::id);
    add(out, sha256, live.routes(), dtplan.model.Route::id);
    add(out, sha256, live.dataHistory(), dtplan.model.DataHistoryConnection::id);
    add(out, sha256, live.dataExplorerPrincipals(), dtplan.model.DataExplorerPrincipal::id);
    add(out, sha256, live.userIdentities(), dtplan.model.UserIdentity::id);
    add(out, sha256, live.roleAssignments(), dtplan.model.RoleAssignment::id);
    add(out, sha256, live.destinations(), dtplan.model.Destination::id);
    add(out, sha256, live.privateEndpoints(), dtplan.model.PrivateEndpoint::id);
    add(out, sha256, live.privateEndpointConnections(), dtplan.model.PrivateEndpointConnection::id);
    return out;
  }

  private static <T> void add(
      Map<String, String> out,
      MessageDigest sha256,
      List<T> items,
      java.util.function.Function<T, String> id) {
    for (T item : items) {
      out.put(LiveIndex.key(id.apply(item)), digest(sha256, item));
    }
  }

  private static dtplan.model.Instance withoutHostName(dtplan.model.Instance i) {
    return new dtplan.model.Instance(
        i.id(),
        i.location(),
        i.tags(),
        i.identity(),
        i.publicNetworkAccess(),
        null,
        i.provisioningState());
  }

  /** Unmodifiable, and safe to read from several threads (apply's). */
  private static final class Lazy extends AbstractMap<String, String> {
    private final ReadResponse live;
    private Map<String, String> digests;

    Lazy(ReadResponse live) {
      this.live = live;
    }

    private synchronized Map<String, String> digests() {
      if (digests == null) {
        digests = Collections.unmodifiableSortedMap(of(live));
      }
      return digests;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
      return digests().entrySet();
    }

    @Override
    public String get(Object key) {
      return digests().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return digests().containsKey(key);
    }

    @Override
    public int size() {
      return digests().size();
    }
  }

  static String digest(Object value) {
    return digest(sha256(), value);
  }

  /**
   * The same UTF-8 bytes {@code writeValueAsBytes} would give, streamed into the digest: a plan
   * digests every live object (21,000 for 1,000 instances), and one digest serves them all instead
   * of a byte array and a provider look-up each (issue 19).
   */
  private static String digest(MessageDigest sha256, Object value) {
    sha256.reset();
    try (OutputStream json = new DigestOutputStream(OutputStream.nullOutputStream(), sha256)) {
      CANONICAL.writeValue(json, value);
    } catch (IOException e) {
      throw new IllegalStateException("live state records always serialise", e);
    }
    return HexFormat.of().formatHex(sha256.digest(), 0, 16);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The digest of a spec's text; {@link SpecDigest} is where it is decided. */
  public static String ofText(String text) {
    return SpecDigest.ofText(text);
  }
}
