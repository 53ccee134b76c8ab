package dtplan.azure;

import dtplan.model.Resource;
import dtplan.model.ResourceKind;
import dtplan.provider.CreateRequest;
import dtplan.provider.CreateResponse;
import dtplan.provider.DeleteRequest;
import dtplan.provider.DeleteResponse;
import dtplan.provider.LockHolder;
import dtplan.provider.LockProvider;
import dtplan.provider.LockRequest;
import dtplan.provider.Provider;
import dtplan.provider.ProviderListener;
import dtplan.provider.ReadRequest;
import dtplan.provider.ReadResponse;
import dtplan.provider.UpdateRequest;
import dtplan.provider.UpdateResponse;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The engine's {@link Provider} over the Azure SDK for Java. Safe for concurrent use; every failure
 * leaves as a {@link dtplan.provider.ProviderException} that names the resource and carries Azure's
 * error code and text.
 */
public final class AzureProvider implements Provider, LockProvider {
  private final AzureConnection connection;
  private final LiveReader reader;
  private final Map<ResourceKind, KindWriter<?>> writers = new EnumMap<>(ResourceKind.class);

  public AzureProvider(
      AzureConnection connection, AzureProviderOptions options, ProviderListener listener) {
    this.connection = Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(options, "options");
    ProviderListener l = listener == null ? ProviderListener.NONE : listener;
    ArmLists arm = new ArmLists(connection);
    Operations operations = new Operations(options);
    HostNames hostNames = new HostNames();
    EventRoutes eventRoutes = new EventRoutes(connection);
    ConditionRetry conditions = new ConditionRetry(options, l);
    DataRoleGrants grants = new DataRoleGrants();
    GenericResources generic = new GenericResources(connection);
    Settling settling = new Settling(options, l);
    UserIdentityWriter userIdentities = register(new UserIdentityWriter(connection, l));
    InstanceWriter instances =
        register(new InstanceWriter(connection, generic, arm, operations, settling, hostNames, l));
    RoleAssignmentWriter roleAssignments =
        register(
            new RoleAssignmentWriter(
                connection, arm, connection.subscription(), conditions, grants, l));
    InstanceChildren children = new InstanceChildren(generic, arm, operations, settling, l);
    EndpointWriter endpoints = register(new EndpointWriter(children));
    DataHistoryWriter dataHistory = register(new DataHistoryWriter(children));
    DataExplorerPrincipalWriter dataExplorerPrincipals =
        register(new DataExplorerPrincipalWriter(generic, arm, operations, l));
    RouteWriter routes =
        register(new RouteWriter(generic, eventRoutes, hostNames, conditions, grants, l));
    PrivateEndpointWriter privateEndpoints =
        register(new PrivateEndpointWriter(generic, arm, operations, l));
    register(new PrivateEndpointConnectionWriter(generic, operations, l));
    this.reader =
        new LiveReader(
            connection,
            userIdentities,
            instances,
            endpoints,
            routes,
            roleAssignments,
            privateEndpoints,
            dataHistory,
            dataExplorerPrincipals,
            generic,
            new RoleDefinitionCache(connection, connection.subscription()),
            l,
            options.parallelism());
    for (ResourceKind kind : ResourceKind.values()) {
      if (!writers.containsKey(kind)) {
        throw new IllegalStateException("no writer for " + kind);
      }
    }
  }

  private <W extends KindWriter<?>> W register(W writer) {
    writers.put(writer.kind(), writer);
    return writer;
  }

  @SuppressWarnings("unchecked") // registered by kind(), which each record implements once
  private <R extends Resource> KindWriter<R> writerOf(R resource) {
    return (KindWriter<R>) writers.get(resource.kind());
  }

  @Override
  public ReadResponse read(ReadRequest request) {
    return reader.read(request, connection.subscription());
  }

  @Override
  public CreateResponse create(CreateRequest request) {
    return new CreateResponse(writerOf(request.desired()).write(request.desired(), null));
  }

  @Override
  public UpdateResponse update(UpdateRequest request) {
    return new UpdateResponse(write(request.desired(), request.prior()));
  }

  @Override
  public DeleteResponse delete(DeleteRequest request) {
    return new DeleteResponse(writerOf(request.prior()).delete(request.prior()));
  }

  /** An update is of one resource: the prior one is of the desired one's kind. */
  @SuppressWarnings("unchecked")
  private <R extends Resource> R write(R desired, Resource prior) {
    if (prior.kind() != desired.kind()) {
      throw new IllegalArgumentException(
          "cannot update " + prior.kind() + " " + prior.id() + " into a " + desired.kind());
    }
    return writerOf(desired).write(desired, (R) prior);
  }

  @Override
  public Lock acquire(LockRequest request) {
    return new BlobLeaseLocks(connection).acquire(request);
  }

  @Override
  public LockHolder breakLock(String container, String stack) {
    return new BlobLeaseLocks(connection).breakLock(container, stack);
  }
}
