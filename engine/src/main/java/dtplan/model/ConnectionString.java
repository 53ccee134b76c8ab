package dtplan.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where an Event Hubs or Service Bus connection string sends: the namespace host of its {@code
 * Endpoint} and its {@code EntityPath}. Nothing else of the string is kept, least of all the key,
 * so this may be shown anywhere. Azure's format is {@code
 * Endpoint=sb://<namespace>.servicebus.windows.net/;SharedAccessKeyName=<policy>;SharedAccessKey=<key>;EntityPath=<entity>}
 * (keys in any case, {@code SharedAccessSignature=} instead of the key pair also works); Azure
 * Digital Twins needs the entity-level string, since a key-based endpoint has no other field naming
 * the event hub or topic.
 */
public record ConnectionString(String host, String entityPath) {
  /** What {@link #parse} makes of a value: the destination, or what is wrong (never the value). */
  public record Parsed(ConnectionString value, String problem) {
    public boolean ok() {
      return value != null;
    }
  }

  public static final String SHAPE =
      "Endpoint=sb://<namespace>.servicebus.windows.net/;SharedAccessKeyName=<policy>;"
          + "SharedAccessKey=<key>;EntityPath=<event hub or topic>";

  private static final Pattern HOST =
      Pattern.compile(
          "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");

  /** Event hub and topic names: letters, digits, periods, hyphens, underscores, slashes. */
  private static final Pattern ENTITY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,259}");

  /** The namespace's name: the first label of its host. */
  public String namespace() {
    int dot = host.indexOf('.');
    return dot < 0 ? host : host.substring(0, dot);
  }

  /** How plans show it: {@code sb://<host>/<entity>}. */
  public String display() {
    return "sb://" + host + "/" + entityPath;
  }

  public static Parsed parse(String value) {
    Map<String, String> parts = new HashMap<>();
    for (String part : value.split(";")) {
      if (part.isBlank()) {
        continue;
      }
      int eq = part.indexOf('=');
      if (eq <= 0) {
        return problem("is not a connection string: it is not a list of Name=value pairs");
      }
      parts.put(
          part.substring(0, eq).trim().toLowerCase(Locale.ROOT), part.substring(eq + 1).trim());
    }
    String endpoint = parts.get("endpoint");
    if (endpoint == null) {
      return problem("is not a connection string: it has no `Endpoint=sb://…`");
    }
    String host = host(endpoint);
    if (host == null) {
      return problem(
          "has an `Endpoint` that is not sb://<namespace>.servicebus.windows.net/ (Azure's"
              + " connection strings use the sb:// scheme)");
    }
    boolean keyPair =
        notBlank(parts.get("sharedaccesskeyname")) && notBlank(parts.get("sharedaccesskey"));
    if (!keyPair && !notBlank(parts.get("sharedaccesssignature"))) {
      return problem(
          "has no key: it needs `SharedAccessKeyName` and `SharedAccessKey` (or"
              + " `SharedAccessSignature`)");
    }
    String entity = parts.get("entitypath");
    if (!notBlank(entity)) {
      return problem(
          "has no `EntityPath`: it is a namespace-level connection string, and Azure Digital Twins"
              + " needs one of a policy on the event hub or topic itself");
    }
    if (!ENTITY.matcher(entity).matches()) {
      return problem("has an `EntityPath` that is not an event hub or topic name");
    }
    return new Parsed(new ConnectionString(host.toLowerCase(Locale.ROOT), entity), null);
  }

  /** The host of {@code sb://host[:port][/]}, or null. */
  private static String host(String endpoint) {
    String e = endpoint.trim();
    if (!e.regionMatches(true, 0, "sb://", 0, 5)) {
      return null;
    }
    String rest = e.substring(5);
    int slash = rest.indexOf('/');
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    if (slash >= 0 && !rest.substring(slash).equals("/")) {
      return null;
    }
    int colon = authority.indexOf(':');
    String host = colon < 0 ? authority : authority.substring(0, colon);
    return HOST.matcher(host).matches() ? host : null;
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  private static Parsed problem(String what) {
    return new Parsed(null, what);
  }
}
