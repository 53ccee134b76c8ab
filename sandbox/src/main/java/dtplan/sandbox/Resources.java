package dtplan.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** ARM provider resources: dispatch by type, plus the generic store-and-echo behaviour. */
final class Resources {
  static final String INSTANCE_TYPE = "microsoft.digitaltwins/digitaltwinsinstances";
  static final String ENDPOINT_TYPE = INSTANCE_TYPE + "/endpoints";
  static final String UAI_TYPE = "microsoft.managedidentity/userassignedidentities";

  /** Tracked top-level types that ARM refuses without a location. */
  private static final Set<String> NEEDS_LOCATION =
      Set.of(
          UAI_TYPE,
          "microsoft.eventhub/namespaces",
          "microsoft.servicebus/namespaces",
          "microsoft.eventgrid/topics",
          "microsoft.storage/storageaccounts",
          "microsoft.kusto/clusters");

  private final Backend b;
  private final Instances instances;
  private final Endpoints endpoints;
  private final PrivateEndpoints privateEndpoints;
  private final DataHistoryConnections dataHistory;

  Resources(Backend b, Instances instances, Endpoints endpoints) {
    this.b = b;
    this.instances = instances;
    this.endpoints = endpoints;
    this.privateEndpoints = new PrivateEndpoints(b);
    this.dataHistory = new DataHistoryConnections(b);
  }

  Resp handle(Req req, ArmPath p) {
    if (p.group() != null) {
      b.requireGroup(p.subscription(), p.group());
    }
    String typeKey = p.typeKey();
    if (typeKey.startsWith("microsoft.digitaltwins/")
        && !typeKey.equals(INSTANCE_TYPE)
        && !typeKey.equals(ENDPOINT_TYPE)
        && !PrivateEndpoints.serves(typeKey)
        && !typeKey.equals(DataHistoryConnections.TYPE)) {
      // Private links exist in Azure (the spec) but are not emulated:
      // saying so beats storing and echoing a body as if it had been checked.
      throw new ApiError(
          501,
          "NotEmulatedBySandbox",
          "The sandbox does not emulate " + p.type() + " (docs/sandbox.md, Known differences).");
    }
    if (p.collection()) {
      if (!req.method().equals("GET")) {
        throw new ApiError(405, "MethodNotAllowed", "The requested method is not allowed.");
      }
      return list(req, p);
    }
    ObjectNode existing = b.resource(p.id());
    String type = p.typeKey();
    switch (req.method()) {
      case "GET", "HEAD" -> {
        if (existing == null) {
          throw notFound(p);
        }
        return req.method().equals("HEAD") ? Resp.empty(204) : Resp.of(200, view(existing));
      }
      case "PUT" -> {
        ObjectNode parent = requireParent(p);
        String id = existing != null ? Json.text(existing, "id") : canonicalId(p, parent);
        if (type.equals(INSTANCE_TYPE)) {
          return instances.put(req, p, id, existing);
        }
        if (type.equals(ENDPOINT_TYPE)) {
          return endpoints.put(req, p, id, parent, existing);
        }
        if (PrivateEndpoints.serves(type)) {
          return privateEndpoints.put(req, p, id, existing);
        }
        if (type.equals(DataHistoryConnections.TYPE)) {
          return dataHistory.put(req, p, id, parent, existing);
        }
        if (type.equals(DataExplorerPrincipals.TYPE)) {
          DataExplorerPrincipals.check(req.requireBody());
        }
        return putGeneric(req, p, id, existing);
      }
      case "PATCH" -> {
        if (existing == null) {
          throw notFound(p);
        }
        if (type.equals(INSTANCE_TYPE)) {
          return instances.patch(req, existing);
        }
        return patchGeneric(req, existing);
      }
      case "DELETE" -> {
        if (type.equals(INSTANCE_TYPE)) {
          return instances.delete(req, p, existing);
        }
        if (type.equals(ENDPOINT_TYPE)) {
          return endpoints.delete(req, p, existing);
        }
        if (PrivateEndpoints.serves(type)) {
          return privateEndpoints.delete(req, p, existing);
        }
        if (type.equals(DataHistoryConnections.TYPE)) {
          return dataHistory.delete(req, p, existing);
        }
        if (type.equals(DataExplorerPrincipals.TYPE)) {
          return DataExplorerPrincipals.delete(b, req, p, existing);
        }
        if (existing == null) {
          return Resp.empty(204);
        }
        b.removeResourceTree(Paths.key(p.id()));
        return Resp.empty(200);
      }
      default ->
          throw new ApiError(405, "MethodNotAllowed", "The requested method is not allowed.");
    }
  }

  static ApiError notFound(ArmPath p) {
    String where = p.group() == null ? "" : " under resource group '" + p.group() + "'";
    return ApiError.notFound(
        "ResourceNotFound",
        "The Resource '"
            + p.type()
            + "/"
            + p.name()
            + "'"
            + where
            + " was not found. For more details please go to"
            + " https://aka.ms/ARMResourceNotFoundFix");
  }

  /** The parent of a nested resource, or ARM's ParentResourceNotFound. */
  private ObjectNode requireParent(ArmPath p) {
    ArmPath parent = p.parent();
    if (parent == null) {
      return null;
    }
    ObjectNode found = b.resource(parent.id());
    // Singleton sub-services such as blobServices/default exist implicitly with their account.
    if (found == null
        && parent.name().equalsIgnoreCase("default")
        && parent.parent() != null
        && b.resource(parent.parent().id()) != null) {
      return b.resource(parent.parent().id());
    }
    if (found == null) {
      throw ApiError.notFound(
          "ParentResourceNotFound",
          "Can not perform requested operation on nested resource. Parent resource '"
              + String.join("/", parent.rest().subList(1, parent.rest().size()))
              + "' not found.");
    }
    return found;
  }

  /** The new resource's id, spelled with the resource group's and parents' original case. */
  private String canonicalId(ArmPath p, ObjectNode parent) {
    String tail = p.rest().get(p.rest().size() - 2) + "/" + p.name();
    ArmPath parentPath = p.parent();
    if (parentPath != null) {
      ObjectNode direct = b.resource(parentPath.id());
      String parentId = direct != null ? Json.text(direct, "id") : null;
      if (parentId == null) {
        parentId =
            Json.text(parent, "id")
                + "/"
                + parentPath.rest().get(parentPath.rest().size() - 2)
                + "/"
                + parentPath.name();
      }
      return parentId + "/" + tail;
    }
    String groupId =
        p.group() == null
            ? "/subscriptions/" + p.subscription()
            : Json.text(b.requireGroup(p.subscription(), p.group()), "id");
    return groupId + "/providers/" + p.namespace() + "/" + tail;
  }

  private Resp putGeneric(Req req, ArmPath p, String id, ObjectNode existing) {
    JsonNode in = req.requireBody();
    String type = p.typeKey();
    Tags.check(in.get("tags"), type);
    String location = Json.text(in, "location");
    if (location == null && NEEDS_LOCATION.contains(type) && existing == null) {
      throw ApiError.badRequest(
          "LocationRequired", "The location property is required for this definition.");
    }
    ObjectNode out = Json.object();
    out.put("id", id);
    out.put("name", p.name());
    out.put("type", existing != null ? Json.text(existing, "type") : p.type());
    if (location != null) {
      out.put("location", normaliseLocation(location));
    } else if (existing != null && existing.has("location")) {
      out.set("location", existing.get("location"));
    }
    for (String f : new String[] {"tags", "sku", "kind"}) {
      if (in.has(f)) {
        out.set(f, in.get(f).deepCopy());
      }
    }
    ObjectNode props = in.get("properties") instanceof ObjectNode o ? o.deepCopy() : Json.object();
    if (type.equals(UAI_TYPE)) {
      // As Microsoft.ManagedIdentity answers (test_create_digital_twin_with_identity.json):
      // "tags": {} when none were given, and no provisioningState.
      if (!out.has("tags")) {
        out.putObject("tags");
      }
    } else {
      props.put("provisioningState", "Succeeded");
    }
    out.set("properties", props);
    enrich(type, p.name(), out, existing);
    b.data.resources.put(Paths.key(id), out);
    Resp resp = Resp.of(existing == null ? 201 : 200, view(out));
    if (type.equals(UAI_TYPE) && existing == null) {
      // Microsoft.ManagedIdentity answers a create with a relative Location: the new id
      // (test_create_digital_twin_with_identity.json). The operation is not long-running.
      resp.header("Location", id);
    }
    return resp;
  }

  /** Adds the read-only properties Azure computes for the destination types dtplan reads. */
  private void enrich(String type, String name, ObjectNode out, ObjectNode existing) {
    ObjectNode props = Json.child(out, "properties");
    switch (type) {
      case UAI_TYPE -> {
        ObjectNode old = Json.obj(existing, "properties");
        if (old != null && Json.text(old, "principalId") != null) {
          props.put("tenantId", Json.text(old, "tenantId"));
          props.put("principalId", Json.text(old, "principalId"));
          props.put("clientId", Json.text(old, "clientId"));
        } else {
          props.put("tenantId", Backend.DEFAULT_TENANT);
          props.put("principalId", Backend.newGuid());
          props.put("clientId", Backend.newGuid());
          b.addPrincipal(Json.text(props, "principalId"));
        }
      }
      case "microsoft.eventhub/namespaces", "microsoft.servicebus/namespaces" ->
          props.put("status", "Active");
      default -> {}
    }
  }

  /** The host names Azure computes for a destination, in the cloud the sandbox answers as. */
  private void cloudHosts(ObjectNode res) {
    String type = Paths.key(String.valueOf(Json.text(res, "type")));
    String name = Json.text(res, "name");
    if (name == null) {
      return;
    }
    SandboxCloud cloud = b.config.cloud();
    ObjectNode props = Json.child(res, "properties");
    switch (type) {
      case "microsoft.eventhub/namespaces", "microsoft.servicebus/namespaces" ->
          props.put("serviceBusEndpoint", cloud.serviceBusEndpoint(name));
      case "microsoft.eventgrid/topics" ->
          props.put("endpoint", cloud.eventGridEndpoint(name, Json.text(res, "location")));
      case "microsoft.kusto/clusters" ->
          // As a cluster's read shows it (test_create_tsdbconnection_with_identity.json's
          // adxEndpointUri is such a URI: https://<cluster>.<location>.kusto.windows.net).
          props.put("uri", cloud.kustoClusterUri(name, Json.text(res, "location")));
      case "microsoft.storage/storageaccounts" -> {
        ObjectNode ep = props.putObject("primaryEndpoints");
        for (String svc : new String[] {"blob", "queue", "table", "file", "dfs", "web"}) {
          ep.put(svc, cloud.storageEndpoint(name, svc));
        }
      }
      default -> {}
    }
  }

  private Resp patchGeneric(Req req, ObjectNode existing) {
    JsonNode in = req.requireBody();
    Tags.check(in.get("tags"), Paths.key(String.valueOf(Json.text(existing, "type"))));
    if (in.has("tags")) {
      existing.set("tags", in.get("tags").deepCopy());
    }
    if (in.get("properties") instanceof ObjectNode o) {
      ObjectNode props = Json.child(existing, "properties");
      o.fields().forEachRemaining(e -> props.set(e.getKey(), e.getValue().deepCopy()));
      props.put("provisioningState", "Succeeded");
    }
    return Resp.of(200, view(existing));
  }

  private Resp list(Req req, ArmPath p) {
    ArmPath parent = p.parent();
    if (parent != null && b.resource(parent.id()) == null) {
      throw notFound(parent);
    }
    String type = p.typeKey();
    String sub = "/subscriptions/" + p.subscription().toLowerCase(Locale.ROOT) + "/";
    String prefix = Paths.key(p.id()) + "/";
    List<ObjectNode> value = new ArrayList<>();
    for (Map.Entry<String, ObjectNode> e : b.data.resources.entrySet()) {
      String k = e.getKey();
      boolean match;
      if (p.group() == null) {
        match =
            k.startsWith(sub)
                && type.equals(String.valueOf(Json.text(e.getValue(), "type")).toLowerCase());
      } else {
        match = k.startsWith(prefix) && k.indexOf('/', prefix.length()) < 0;
      }
      if (match) {
        value.add(view(e.getValue()));
      }
    }
    return Pages.arm(b, req, value);
  }

  /**
   * What a GET returns: a copy with secrets masked the way the service masks them, a destination's
   * host names in the configured cloud, and an instance's hostName on this run's port (state
   * outlives the port and the cloud of the run that stored it).
   */
  ObjectNode view(ObjectNode stored) {
    ObjectNode copy = stored.deepCopy();
    if (ENDPOINT_TYPE.equalsIgnoreCase(Json.text(stored, "type"))) {
      EndpointSecrets.mask(copy, false);
    }
    cloudHosts(copy);
    if (Instances.isInstance(copy)) {
      ObjectNode props = Json.child(copy, "properties");
      // A read shows the list; the answers to PUT and DELETE do not
      // (test_create_digital_twin_with_identity.json).
      props.set(
          "privateEndpointConnections", privateEndpoints.connectionsOf(Json.text(copy, "id")));
      if (Json.text(props, "hostName") != null) {
        props.put("hostName", Instances.hostName(b, copy));
      }
    }
    return copy;
  }

  static String normaliseLocation(String location) {
    return location.replace(" ", "").toLowerCase(Locale.ROOT);
  }
}
