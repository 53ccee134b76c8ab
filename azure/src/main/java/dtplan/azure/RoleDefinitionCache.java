package dtplan.azure;

import com.azure.core.util.Context;
import com.azure.resourcemanager.authorization.fluent.RoleDefinitionsClient;
import com.azure.resourcemanager.authorization.fluent.models.RoleDefinitionInner;
import dtplan.model.RoleDefinitions;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Role names to GUIDs: built-ins from the table, others looked up once per provider. */
final class RoleDefinitionCache {
  private final AzureConnection connection;
  private final RoleDefinitionsClient client;
  private final String subscription;
  private final Map<String, Optional<String>> looked = new ConcurrentHashMap<>();

  RoleDefinitionCache(AzureConnection connection, String subscription) {
    this.connection = connection;
    this.client = connection.authorizationManager().roleServiceClient().getRoleDefinitions();
    this.subscription = subscription;
  }

  /** The GUID of a role name (or a GUID given as is); empty when Azure knows no such role. */
  Optional<String> guidOf(String roleName, Context ctx) {
    if (RoleDefinitions.isGuid(roleName)) {
      return Optional.of(roleName.toLowerCase(Locale.ROOT));
    }
    Optional<String> builtIn = RoleDefinitions.builtInGuid(roleName);
    if (builtIn.isPresent()) {
      return builtIn;
    }
    String key = roleName.toLowerCase(Locale.ROOT);
    Optional<String> cached = looked.get(key);
    if (cached != null) {
      return cached;
    }
    Optional<String> found = lookUp(roleName, ctx);
    looked.put(key, found);
    return found;
  }

  private Optional<String> lookUp(String roleName, Context ctx) {
    // Unlike the role assignment client, the role definition client declares $filter as not yet
    // encoded and encodes it itself (RoleDefinitionsService in azure-resourcemanager-authorization
    // 2.53.9): encoding it here too would send "%2520" and Azure would not find the role.
    String filter = "roleName eq '" + roleName.replace("'", "''") + "'";
    return SdkCalls.arm(
        connection.armEndpoint(),
        () -> {
          for (RoleDefinitionInner d : client.list("/subscriptions/" + subscription, filter, ctx)) {
            if (roleName.equalsIgnoreCase(d.roleName())) {
              return Optional.of(RoleDefinitions.guidOf(d.name() != null ? d.name() : d.id()));
            }
          }
          return Optional.<String>empty();
        });
  }
}
