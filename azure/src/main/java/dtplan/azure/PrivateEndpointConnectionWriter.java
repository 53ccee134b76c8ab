package dtplan.azure;

import com.azure.core.util.Context;
import dtplan.model.PrivateEndpointConnection;
import dtplan.model.ResourceKind;
import dtplan.provider.ProviderListener;

/**
 * Approves a private endpoint connection on an instance: a PUT of its {@code
 * privateLinkServiceConnectionState} (PrivateEndpointConnectionPut_example.json), long-running.
 * dtplan never deletes one: the private endpoint it belongs to takes it along.
 */
final class PrivateEndpointConnectionWriter implements KindWriter<PrivateEndpointConnection> {
  private final LongPuts puts;
  private final ProviderListener listener;

  PrivateEndpointConnectionWriter(
      GenericResources generic, Operations operations, ProviderListener listener) {
    this.puts = new LongPuts(generic, operations);
    this.listener = listener;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.PRIVATE_ENDPOINT_CONNECTION;
  }

  @Override
  public PrivateEndpointConnection write(
      PrivateEndpointConnection desired, PrivateEndpointConnection prior) {
    String id = desired.id();
    Context ctx = RetryReporting.context(listener, id);
    return Failures.guard(
        "Approving private endpoint connection " + id,
        id,
        () ->
            PrivateEndpointJson.connectionFromArm(
                desired.instanceId(),
                puts.put(
                    id,
                    ApiVersions.DIGITAL_TWINS,
                    PrivateEndpointJson.approvalBody(desired),
                    ctx)));
  }

  @Override
  public boolean delete(PrivateEndpointConnection prior) {
    throw new UnsupportedOperationException(
        "dtplan never plans the deletion of a private endpoint connection: " + prior.id());
  }
}
