package dtplan.azure;

import dtplan.model.Endpoint;
import dtplan.model.Instance;
import dtplan.model.Resource;
import dtplan.model.RoleAssignment;
import dtplan.model.Route;
import dtplan.model.UserIdentity;
import dtplan.provider.CreateRequest;
import dtplan.provider.CreateResponse;
import dtplan.provider.DeleteRequest;
import dtplan.provider.DeleteResponse;
import dtplan.provider.Provider;
import dtplan.provider.ProviderListener;
import dtplan.provider.ReadRequest;
import dtplan.provider.ReadResponse;
import dtplan.provider.UpdateRequest;
import dtplan.provider.UpdateResponse;
import java.util.Objects;

/**
 * The engine's {@link Provider} over the Azure SDK for Java. Safe for concurrent use; every failure
 * leaves as a {@link dtplan.provider.ProviderException} that names the resource and carries Azure's
 * error code and text.
 */
public final class AzureProvider implements Provider {
  private final AzureConnection connection;
  private final LiveReader reader;
  private final UserIdentityWriter userIdentities;
  private final InstanceWriter instances;
  private final EndpointWriter endpoints;
  private final RouteWriter routes;
  private final RoleAssignmentWriter roleAssignments;

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
    this.userIdentities = new UserIdentityWriter(connection, l);
    this.reader =
        new LiveReader(
            connection,
            arm,
            generic,
            userIdentities,
            eventRoutes,
            new RoleDefinitionCache(connection, connection.subscription()),
            hostNames,
            l,
            new Settling(options, l),
            options.parallelism());
    this.instances = new InstanceWriter(connection, generic, operations, hostNames, l);
    this.endpoints = new EndpointWriter(generic, operations, l);
    this.routes = new RouteWriter(generic, eventRoutes, hostNames, conditions, grants, l);
    this.roleAssignments =
        new RoleAssignmentWriter(connection, connection.subscription(), conditions, grants, l);
  }

  @Override
  public ReadResponse read(ReadRequest request) {
    return reader.read(request, connection.subscription());
  }

  @Override
  public CreateResponse create(CreateRequest request) {
    return new CreateResponse(put(request.desired(), null));
  }

  @Override
  public UpdateResponse update(UpdateRequest request) {
    return new UpdateResponse(put(request.desired(), request.prior()));
  }

  @Override
  public DeleteResponse delete(DeleteRequest request) {
    Resource prior = request.prior();
    boolean existed;
    if (prior instanceof UserIdentity u) {
      existed = userIdentities.delete(u);
    } else if (prior instanceof Instance i) {
      existed = instances.delete(i);
    } else if (prior instanceof Endpoint e) {
      existed = endpoints.delete(e);
    } else if (prior instanceof Route r) {
      existed = routes.delete(r);
    } else {
      existed = roleAssignments.delete((RoleAssignment) prior);
    }
    return new DeleteResponse(existed);
  }

  /** Create (prior null) or update; both are idempotent PUTs except the instance update. */
  private Resource put(Resource desired, Resource prior) {
    boolean update = prior != null;
    if (desired instanceof UserIdentity u) {
      return userIdentities.put(u, update);
    }
    if (desired instanceof Instance i) {
      return prior instanceof Instance p ? instances.update(p, i) : instances.create(i);
    }
    if (desired instanceof Endpoint e) {
      return endpoints.put(e, update);
    }
    if (desired instanceof Route r) {
      return routes.put(r, update);
    }
    return roleAssignments.put((RoleAssignment) desired, update);
  }
}
