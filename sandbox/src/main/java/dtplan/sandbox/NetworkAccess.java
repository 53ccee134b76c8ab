package dtplan.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * The instance's public network access flag. ADT's Private Link article (MicrosoftDocs/azure-docs
 * articles/digital-twins/how-to-enable-private-link.md, "Disable / enable public network access
 * flags") says that with the flag disabled "all REST API calls to the Azure Digital Twins instance
 * data plane from the public cloud will return 403", and calls through a private endpoint succeed.
 * "All" calls, whatever the caller's roles: so this rule is checked before RBAC.
 */
final class NetworkAccess {
  private NetworkAccess() {}

  /** The 403 a caller on the public network gets from an instance closed to it. */
  static Optional<Resp> refusal(SandboxConfig config, ObjectNode instance) {
    String flag = Json.text(Json.obj(instance, "properties"), "publicNetworkAccess");
    if (config.callerOnPrivateNetwork() || !"Disabled".equalsIgnoreCase(flag)) {
      return Optional.empty();
    }
    // The body the same article's "Troubleshoot" section shows for this case, verbatim; it names no
    // error code, so none is sent in x-ms-error-code either.
    ObjectNode body = Json.object();
    body.put("statusCode", 403);
    body.put("message", "Public network access disabled by policy.");
    return Optional.of(Resp.of(403, body));
  }
}
