package dtplan.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link ArmIdMatcher} answers as the regular expressions the shapes were written as, kept here as
 * the oracle: on hand-picked ids and on random mutations of them (a fixed seed, so a failure
 * repeats).
 */
class ArmIdMatcherTest {
  private static final String PREFIX =
      "(?i)^/subscriptions/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  private static final Map<ArmIdShape, Pattern> ORACLE = new EnumMap<>(ArmIdShape.class);

  static {
    resource(ArmIdShape.EVENT_HUB, "Microsoft\\.EventHub/namespaces/[^/]+/eventhubs/[^/]+");
    resource(ArmIdShape.SERVICE_BUS_TOPIC, "Microsoft\\.ServiceBus/namespaces/[^/]+/topics/[^/]+");
    resource(ArmIdShape.EVENT_GRID_TOPIC, "Microsoft\\.EventGrid/topics/[^/]+");
    resource(
        ArmIdShape.BLOB_CONTAINER,
        "Microsoft\\.Storage/storageAccounts/[^/]+/blobServices/default/containers/[^/]+");
    resource(ArmIdShape.SUBNET, "Microsoft\\.Network/virtualNetworks/[^/]+/subnets/[^/]+");
    resource(ArmIdShape.PRIVATE_DNS_ZONE, "Microsoft\\.Network/privateDnsZones/[^/]+");
    resource(ArmIdShape.DATA_EXPLORER_DATABASE, "Microsoft\\.Kusto/clusters/[^/]+/databases/[^/]+");
    ORACLE.put(
        ArmIdShape.SCOPE,
        Pattern.compile(
            PREFIX + "(/resourceGroups/[-\\w._()]+(/providers/[A-Za-z0-9.]+(/[^/]+/[^/]+)+)?)?$"));
  }

  private static void resource(ArmIdShape shape, String tail) {
    ORACLE.put(
        shape, Pattern.compile(PREFIX + "/resourceGroups/[-\\w._()]+/providers/" + tail + "$"));
  }

  private static final String SUB = "/subscriptions/00000000-aBcD-0000-0000-00000000000f";
  private static final String RG = SUB + "/resourceGroups/rg-(x)_y.z";

  private static final List<String> SEEDS =
      List.of(
          RG + "/providers/Microsoft.EventHub/namespaces/ns/eventhubs/hub",
          RG + "/providers/microsoft.eventhub/NAMESPACES/ns/EventHubs/hub",
          RG + "/providers/Microsoft.ServiceBus/namespaces/ns/topics/t",
          RG + "/providers/Microsoft.ServiceBus/namespaces/ns/queues/q",
          RG + "/providers/Microsoft.EventGrid/topics/t",
          RG + "/providers/Microsoft.EventGrid/domains/d/topics/t",
          RG + "/providers/Microsoft.Storage/storageAccounts/st/blobServices/default/containers/c",
          RG + "/providers/Microsoft.Network/virtualNetworks/v/subnets/s",
          RG + "/providers/Microsoft.Network/privateDnsZones/privatelink.digitaltwins.azure.net",
          RG + "/providers/Microsoft.Kusto/clusters/k/databases/db",
          SUB,
          RG,
          RG + "/providers/Microsoft.EventHub/namespaces/ns",
          "/subscriptions/not-a-guid/resourceGroups/rg",
          "/SUBSCRIPTIONS/00000000-0000-0000-0000-000000000000/RESOURCEGROUPS/RG",
          "/subscrıptions/00000000-0000-0000-0000-000000000000",
          RG + "/providers/Microsoft.\u212Austo/clusters/k/databases/db",
          RG + "/providers/Microsoft.EventHub/namespaces/ns/eventhubs/hub\n",
          RG + "/providers/Microsoft.EventHub/namespaces/ns/eventhubs/hub/",
          RG + "/providers/Microsoft.EventHub/namespaces//eventhubs/hub",
          "",
          "/");

  /** Characters a mutation inserts: separators, case, names' punctuation and look-alikes. */
  private static final String INSERTED = "/aAfFgG0-_.()!~ \n\u212Aı\uD83D";

  @Test
  void handPickedIdsMatchAsTheExpressionsDid() {
    for (String id : SEEDS) {
      for (ArmIdShape shape : ArmIdShape.values()) {
        assertThat(shape.matches(id))
            .as("%s as %s", id, shape)
            .isEqualTo(ORACLE.get(shape).matcher(id).matches());
      }
    }
  }

  @Test
  void mutatedIdsMatchAsTheExpressionsDid() {
    Random random = new Random(19);
    int matched = 0;
    for (int i = 0; i < 40_000; i++) {
      String id = mutate(SEEDS.get(random.nextInt(SEEDS.size())), random);
      for (ArmIdShape shape : ArmIdShape.values()) {
        boolean expected = ORACLE.get(shape).matcher(id).matches();
        assertThat(shape.matches(id)).as("%s as %s", id, shape).isEqualTo(expected);
        matched += expected ? 1 : 0;
      }
    }
    // Mutations that keep an id valid must be among them, or the test would prove little.
    assertThat(matched).isGreaterThan(5_000);
  }

  private static String mutate(String seed, Random random) {
    StringBuilder id = new StringBuilder(seed);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = id.length() == 0 ? 0 : random.nextInt(id.length());
      switch (random.nextInt(4)) {
        case 0 -> id.insert(at, INSERTED.charAt(random.nextInt(INSERTED.length())));
        case 1 -> {
          if (id.length() > 0) {
            id.deleteCharAt(at);
          }
        }
        case 2 -> {
          if (id.length() > 0) {
            char c = id.charAt(at);
            id.setCharAt(
                at, Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
          }
        }
        default -> {
          List<Integer> slashes = new ArrayList<>();
          for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) == '/') {
              slashes.add(i);
            }
          }
          if (!slashes.isEmpty()) {
            int from = slashes.get(random.nextInt(slashes.size()));
            int to = id.indexOf("/", from + 1);
            id.delete(from, to < 0 ? id.length() : to); // a whole segment goes
          }
        }
      }
    }
    return id.toString();
  }
}
