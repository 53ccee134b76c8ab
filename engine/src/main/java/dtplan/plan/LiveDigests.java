package dtplan.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dtplan.provider.ReadResponse;
import dtplan.spec.SpecDigest;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A digest of every live object a plan read, keyed by lower-case id, so apply can tell exactly
 * which objects changed since the plan was made.
 */
public final class LiveDigests {
  private static final ObjectMapper CANONICAL =
      JsonMapper.builder()
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  private LiveDigests() {}

  public static Map<String, String> of(ReadResponse live) {
    Map<String, String> out = new TreeMap<>();
    // The data-plane host name is where Azure serves the instance, not something a plan changes;
    // a sandbox started on another port reports another one for the same instance.
    add(
        out,
        live.instances().stream().map(LiveDigests::withoutHostName).toList(),
        dtplan.model.Instance::id);
    add(out, live.endpoints(), dtplan.model.Endpoint::id);
    add(out, live.routes(), dtplan.model.Route::id);
    add(out, live.dataHistory(), dtplan.model.DataHistoryConnection::id);
    add(out, live.dataExplorerPrincipals(), dtplan.model.DataExplorerPrincipal::id);
    add(out, live.userIdentities(), dtplan.model.UserIdentity::id);
    add(out, live.roleAssignments(), dtplan.model.RoleAssignment::id);
    add(out, live.destinations(), dtplan.model.Destination::id);
    add(out, live.privateEndpoints(), dtplan.model.PrivateEndpoint::id);
    add(out, live.privateEndpointConnections(), dtplan.model.PrivateEndpointConnection::id);
    return out;
  }

  private static <T> void add(
      Map<String, String> out, List<T> items, java.util.function.Function<T, String> id) {
    for (T item : items) {
      out.put(LiveIndex.key(id.apply(item)), digest(item));
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

  static String digest(Object value) {
    try {
      byte[] json = CANONICAL.writeValueAsBytes(value);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json), 0, 16);
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("live state records always serialise", e);
    }
  }

  /** The digest of a spec's text; {@link SpecDigest} is where it is decided. */
  public static String ofText(String text) {
    return SpecDigest.ofText(text);
  }
}
