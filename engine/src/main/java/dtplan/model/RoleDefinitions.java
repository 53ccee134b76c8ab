package dtplan.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The built-in roles dtplan knows by name, with their GUIDs (reference: DOMAIN.md section 4), and
 * the rules for which roles let an identity deliver to a destination.
 */
public final class RoleDefinitions {
  public static final String EVENT_HUBS_DATA_SENDER = "2b629674-e913-4c01-ae53-ef4638d8f975";
  public static final String EVENT_HUBS_DATA_OWNER = "f526a384-b230-433a-b45c-95f59c4a2dec";
  public static final String EVENT_HUBS_DATA_RECEIVER = "a638d3c7-ab3a-418d-83e6-5f17a39d4fde";
  public static final String SERVICE_BUS_DATA_SENDER = "69a216fc-b8fb-44d8-bc22-1f3c2cd27a39";
  public static final String SERVICE_BUS_DATA_OWNER = "090c5cfd-751d-490a-894a-3ce6f1109419";
  public static final String STORAGE_BLOB_DATA_CONTRIBUTOR = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
  public static final String STORAGE_BLOB_DATA_OWNER = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
  public static final String OWNER = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
  public static final String CONTRIBUTOR = "b24988ac-6180-42a0-ab88-20f7382dd24c";
  public static final String DIGITAL_TWINS_DATA_OWNER = "bcd981a7-7f74-457b-83e1-cceb9e632ffe";
  // Azure built-in roles page: "Read-only role for Digital Twins data-plane properties".
  public static final String DIGITAL_TWINS_DATA_READER = "d57506d4-4c8d-48b1-8587-93c323f6a5a3";

  private static final Map<String, String> BUILT_IN = new LinkedHashMap<>();

  /**
   * Names and GUIDs ignoring case, as Azure compares them. Planning and the spec's checks look a
   * role up for every role they meet (issue 19).
   */
  private static final Map<String, String> BY_NAME = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

  private static final Map<String, String> BY_GUID = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

  static {
    BUILT_IN.put("Azure Event Hubs Data Sender", EVENT_HUBS_DATA_SENDER);
    BUILT_IN.put("Azure Event Hubs Data Owner", EVENT_HUBS_DATA_OWNER);
    BUILT_IN.put("Azure Event Hubs Data Receiver", EVENT_HUBS_DATA_RECEIVER);
    BUILT_IN.put("Azure Service Bus Data Sender", SERVICE_BUS_DATA_SENDER);
    BUILT_IN.put("Azure Service Bus Data Owner", SERVICE_BUS_DATA_OWNER);
    BUILT_IN.put("Storage Blob Data Contributor", STORAGE_BLOB_DATA_CONTRIBUTOR);
    BUILT_IN.put("Storage Blob Data Owner", STORAGE_BLOB_DATA_OWNER);
    BUILT_IN.put("Owner", OWNER);
    BUILT_IN.put("Contributor", CONTRIBUTOR);
    BUILT_IN.put("Azure Digital Twins Data Owner", DIGITAL_TWINS_DATA_OWNER);
    BUILT_IN.put("Azure Digital Twins Data Reader", DIGITAL_TWINS_DATA_READER);
    BUILT_IN.forEach(
        (name, guid) -> {
          BY_NAME.put(name, guid);
          BY_GUID.put(guid, name);
        });
  }

  private RoleDefinitions() {}

  public static Map<String, String> builtIns() {
    return Map.copyOf(BUILT_IN);
  }

  public static Optional<String> builtInGuid(String roleName) {
    return roleName == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(roleName));
  }

  /**
   * The display name of a built-in role GUID, or the GUID itself for roles dtplan does not know.
   */
  public static String displayName(String guid) {
    return guid == null ? null : BY_GUID.getOrDefault(guid, guid);
  }

  /** 8-4-4-4-12 hex digits, nothing around them (a loop: planning asks per role, issue 19). */
  public static boolean isGuid(String value) {
    return value != null && isGuid(value, 0, value.length());
  }

  /** Whether {@code text} from {@code from} to {@code to} is a GUID, as {@link #isGuid(String)}. */
  public static boolean isGuid(String text, int from, int to) {
    if (to - from != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = text.charAt(from + i);
      boolean ok =
          i == 8 || i == 13 || i == 18 || i == 23
              ? c == '-'
              : c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** The GUID in any form Azure uses: bare, tenant-level or subscription-level id. */
  public static String guidOf(String roleDefinitionId) {
    if (roleDefinitionId == null) {
      return null;
    }
    if (isGuid(roleDefinitionId)) {
      // Already the last segment: no id to normalise (that takes a regex for an id without a
      // leading slash), and every role assignment of a plan asks (issue 19).
      return roleDefinitionId.toLowerCase(Locale.ROOT);
    }
    String last = ArmId.lastSegment(roleDefinitionId);
    return isGuid(last) ? last.toLowerCase(Locale.ROOT) : roleDefinitionId;
  }

  /** Roles that let an identity send to an Event Hubs entity: Data Sender or Data Owner. */
  public static boolean sendsToEventHubs(String guid) {
    return EVENT_HUBS_DATA_SENDER.equals(guid) || EVENT_HUBS_DATA_OWNER.equals(guid);
  }

  public static boolean sendsToServiceBus(String guid) {
    return SERVICE_BUS_DATA_SENDER.equals(guid) || SERVICE_BUS_DATA_OWNER.equals(guid);
  }

  public static boolean writesBlobs(String guid) {
    return STORAGE_BLOB_DATA_CONTRIBUTOR.equals(guid) || STORAGE_BLOB_DATA_OWNER.equals(guid);
  }

  /**
   * Roles that let a caller write event routes on an instance's data plane. Control-plane Owner and
   * Contributor do not: routes are data-plane objects (Azure Digital Twins docs, "Set up an
   * instance and authentication": the Data Owner role is needed even by the instance's Owner).
   */
  public static boolean writesDigitalTwinsData(String guid) {
    return DIGITAL_TWINS_DATA_OWNER.equals(guid);
  }

  /** Roles that let a caller list and read event routes: Data Reader or Data Owner. */
  public static boolean readsDigitalTwinsData(String guid) {
    return DIGITAL_TWINS_DATA_READER.equals(guid) || writesDigitalTwinsData(guid);
  }

  /** The role dtplan suggests for a destination type, for messages. */
  public static String suggestedFor(EndpointType type) {
    return switch (type) {
      case EVENT_HUB -> "Azure Event Hubs Data Sender";
      case SERVICE_BUS -> "Azure Service Bus Data Sender";
      case EVENT_GRID -> "(none: Event Grid endpoints are key-based)";
    };
  }
}
