package dtplan.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Role assignments and role definitions ({@code Microsoft.Authorization}) at any scope. */
final class Authorization {
  static final String PROVIDER = "/providers/Microsoft.Authorization/";
  private static final Pattern GUID =
      Pattern.compile(
          "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
  private static final Pattern PRINCIPAL_FILTER =
      Pattern.compile("(?:principalId\\s+eq|assignedTo\\()\\s*'([^']*)'", Pattern.CASE_INSENSITIVE);
  private static final Pattern ROLE_NAME_FILTER =
      Pattern.compile("roleName\\s+eq\\s+'([^']*)'", Pattern.CASE_INSENSITIVE);

  private final Backend b;

  Authorization(Backend b) {
    this.b = b;
  }

  /** Index of the {@code providers/Microsoft.Authorization/<kind>} part, or -1. */
  static int find(List<String> s) {
    for (int i = s.size() - 3; i >= 0; i--) {
      if (Paths.is(s.get(i), "providers")
          && Paths.is(s.get(i + 1), "Microsoft.Authorization")
          && (Paths.is(s.get(i + 2), "roleAssignments")
              || Paths.is(s.get(i + 2), "roleDefinitions"))) {
        return i;
      }
    }
    return -1;
  }

  Resp handle(Req req, int at) {
    List<String> s = req.segments();
    String scope = at == 0 ? "/" : "/" + String.join("/", s.subList(0, at));
    boolean assignments = Paths.is(s.get(at + 2), "roleAssignments");
    String name = s.size() > at + 3 ? s.get(at + 3) : null;
    if (s.size() > at + 4) {
      throw ApiError.notFound("NotFound", "The requested path was not found.");
    }
    if (assignments) {
      return name == null ? listAssignments(req, scope) : assignment(req, scope, name);
    }
    return name == null ? listDefinitions(req, scope) : definition(req, scope, name);
  }

  // ---- role assignments -------------------------------------------------------------------

  private Resp assignment(Req req, String scope, String name) {
    String id = (scope.equals("/") ? "" : scope) + PROVIDER + "roleAssignments/" + name;
    String key = Paths.key(id);
    ObjectNode existing = b.data.roleAssignments.get(key);
    switch (req.method()) {
      case "GET" -> {
        if (existing == null) {
          throw ApiError.notFound(
              "RoleAssignmentNotFound", "The role assignment '" + name + "' is not found.");
        }
        return Resp.of(200, existing.deepCopy());
      }
      case "DELETE" -> {
        if (existing == null) {
          return Resp.empty(204);
        }
        b.data.roleAssignments.remove(key);
        // Assumed, the stricter end of "up to 10 minutes" (DataPlaneRbac): access ends at once.
        b.data.roleAssignmentsEffectiveAt.remove(key);
        return Resp.of(200, existing);
      }
      case "PUT" -> {
        return putAssignment(req.requireBody(), scope, name, id, existing);
      }
      default ->
          throw new ApiError(405, "MethodNotAllowed", "The requested method is not allowed.");
    }
  }

  /** Creates or confirms a role assignment; also used by the seeder. */
  Resp putAssignment(JsonNode in, String scope, String name, String id, ObjectNode existing) {
    ObjectNode props = Json.obj(in, "properties");
    String rd = Json.text(props, "roleDefinitionId");
    String principal = Json.text(props, "principalId");
    if (rd == null || principal == null) {
      throw ApiError.badRequest(
          "InvalidCreateRoleAssignmentRequest",
          "The request to create role assignment '"
              + name
              + "' is not valid. Role definition ID and principal ID are required.");
    }
    if (!GUID.matcher(name).matches()) {
      throw ApiError.badRequest(
          "InvalidRoleAssignmentId",
          "The role assignment ID '"
              + name
              + "' is not valid. The role assignment ID must be a GUID.");
    }
    String roleGuid = rd.substring(rd.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (roleName(roleGuid) == null) {
      throw ApiError.badRequest(
          "RoleDefinitionDoesNotExist",
          "The specified role definition with ID '" + roleGuid + "' does not exist.");
    }
    String scopeKey = Paths.key(scope);
    if (existing != null) {
      ObjectNode old = Json.obj(existing, "properties");
      if (!principal.equalsIgnoreCase(Json.text(old, "principalId"))
          || !roleGuid.equals(guidOf(Json.text(old, "roleDefinitionId")))) {
        throw ApiError.conflict(
            "RoleAssignmentUpdateNotPermitted",
            "Tenant ID, application ID, principal ID, and scope are not allowed to be updated.");
      }
    } else {
      for (ObjectNode other : b.data.roleAssignments.values()) {
        ObjectNode op = Json.obj(other, "properties");
        if (Paths.key(Json.text(op, "scope")).equals(scopeKey)
            && principal.equalsIgnoreCase(Json.text(op, "principalId"))
            && roleGuid.equals(guidOf(Json.text(op, "roleDefinitionId")))) {
          throw ApiError.conflict("RoleAssignmentExists", "The role assignment already exists.");
        }
      }
    }
    if (!b.seeding && !b.principalVisible(principal)) {
      throw ApiError.badRequest(
          "PrincipalNotFound",
          "Principal "
              + principal.replace("-", "")
              + " does not exist in the directory "
              + Backend.DEFAULT_TENANT
              + ". Check that you have the correct principal ID. If you are creating this"
              + " principal and then immediately assigning a role, this error might be related"
              + " to a replication delay. In this case, set the role assignment principalType"
              + " property to a value, such as ServicePrincipal, User, or Group.  See"
              + " https://aka.ms/docs-principaltype");
    }
    String now = b.isoNow();
    ObjectNode out = Json.object();
    out.put("id", existing != null ? Json.text(existing, "id") : id);
    out.put("type", "Microsoft.Authorization/roleAssignments");
    out.put("name", name);
    ObjectNode p = out.putObject("properties");
    p.put("roleDefinitionId", definitionId(scope, roleGuid));
    p.put("principalId", principal);
    String type = Json.text(props, "principalType");
    p.put("principalType", type == null ? "ServicePrincipal" : type);
    p.put("scope", existing != null ? Json.text(Json.obj(existing, "properties"), "scope") : scope);
    for (String f : new String[] {"condition", "conditionVersion", "description"}) {
      p.set(f, props.hasNonNull(f) ? props.get(f).deepCopy() : null);
    }
    p.put(
        "createdOn",
        existing != null ? Json.text(Json.obj(existing, "properties"), "createdOn") : now);
    p.put("updatedOn", now);
    p.put("createdBy", "00000000-0000-0000-0000-00000000abcd");
    p.put("updatedBy", "00000000-0000-0000-0000-00000000abcd");
    p.putNull("delegatedManagedIdentityResourceId");
    b.data.roleAssignments.put(Paths.key(id), out);
    if (existing == null) {
      b.data.roleAssignmentsEffectiveAt.put(Paths.key(id), DataPlaneRbac.effectiveFrom(b));
    }
    return Resp.of(existing == null ? 201 : 200, out.deepCopy());
  }

  private static String guidOf(String roleDefinitionId) {
    return roleDefinitionId == null
        ? null
        : roleDefinitionId
            .substring(roleDefinitionId.lastIndexOf('/') + 1)
            .toLowerCase(Locale.ROOT);
  }

  private Resp listAssignments(Req req, String scope) {
    if (!req.method().equals("GET")) {
      throw new ApiError(405, "MethodNotAllowed", "The requested method is not allowed.");
    }
    String filter = req.query().get("$filter");
    String principal = null;
    boolean atScope = false;
    if (filter != null) {
      Matcher m = PRINCIPAL_FILTER.matcher(filter);
      if (m.find()) {
        principal = m.group(1);
      }
      atScope = filter.toLowerCase(Locale.ROOT).contains("atscope()");
      if (principal == null && !atScope) {
        throw ApiError.badRequest(
            "InvalidFilterInQueryString",
            "The filter '"
                + filter
                + "' is not supported. Supported filters are 'atScope()',"
                + " 'principalId eq {id}' and 'assignedTo({id})'.");
      }
    }
    String q = Paths.key(scope);
    List<ObjectNode> value = new ArrayList<>();
    for (ObjectNode a : b.data.roleAssignments.values()) {
      ObjectNode p = Json.obj(a, "properties");
      // The principal first: it is the cheaper test, and rules out all but a few of the stack's.
      if (principal != null && !principal.equalsIgnoreCase(Json.text(p, "principalId"))) {
        continue;
      }
      String s = Paths.key(Json.text(p, "scope"));
      boolean above = s.equals("/") || q.equals(s) || q.startsWith(s + "/");
      boolean below = q.equals("/") || s.startsWith(q + "/");
      if (!(above || (!atScope && below))) {
        continue;
      }
      value.add(a.deepCopy());
    }
    return Pages.arm(b, req, value);
  }

  // ---- role definitions -------------------------------------------------------------------

  /** The role's name if the GUID names a built-in or custom role, else null. */
  String roleName(String guid) {
    for (BuiltInRoles.Role r : BuiltInRoles.ALL) {
      if (r.guid().equalsIgnoreCase(guid)) {
        return r.name();
      }
    }
    ObjectNode custom = b.data.roleDefinitions.get(Paths.key(guid));
    return custom == null ? null : Json.text(Json.obj(custom, "properties"), "roleName");
  }

  /** Azure answers role definition ids in subscription form when the scope has one. */
  static String definitionId(String scope, String guid) {
    List<String> s = Paths.segments(scope);
    String prefix =
        s.size() >= 2 && Paths.is(s.get(0), "subscriptions") ? "/subscriptions/" + s.get(1) : "";
    return prefix + PROVIDER + "roleDefinitions/" + guid;
  }

  private ObjectNode builtIn(BuiltInRoles.Role r, String scope) {
    ObjectNode out = Json.object();
    out.put("id", definitionId(scope, r.guid()));
    out.put("type", "Microsoft.Authorization/roleDefinitions");
    out.put("name", r.guid());
    ObjectNode p = out.putObject("properties");
    p.put("roleName", r.name());
    p.put("type", "BuiltInRole");
    p.put("description", r.description());
    p.putArray("assignableScopes").add("/");
    ObjectNode perm = p.putArray("permissions").addObject();
    perm.putArray("actions");
    perm.putArray("notActions");
    ArrayNode dataActions = perm.putArray("dataActions");
    r.dataActions().forEach(dataActions::add);
    perm.putArray("notDataActions");
    p.put("createdOn", "2019-05-11T00:00:00.0000000Z");
    p.put("updatedOn", "2021-11-11T20:13:00.0000000Z");
    p.putNull("createdBy");
    p.putNull("updatedBy");
    return out;
  }

  private ObjectNode custom(ObjectNode stored, String scope) {
    ObjectNode out = stored.deepCopy();
    out.put("id", definitionId(scope, Json.text(stored, "name")));
    return out;
  }

  private Resp definition(Req req, String scope, String guid) {
    String key = Paths.key(guid);
    for (BuiltInRoles.Role r : BuiltInRoles.ALL) {
      if (r.guid().equalsIgnoreCase(guid)) {
        if (!req.method().equals("GET")) {
          throw new ApiError(
              403, "AuthorizationFailed", "Built-in role definitions cannot be changed.");
        }
        return Resp.of(200, builtIn(r, scope));
      }
    }
    ObjectNode existing = b.data.roleDefinitions.get(key);
    switch (req.method()) {
      case "GET" -> {
        if (existing == null) {
          throw ApiError.notFound(
              "RoleDefinitionDoesNotExist",
              "The specified role definition with ID '" + guid + "' does not exist.");
        }
        return Resp.of(200, custom(existing, scope));
      }
      case "DELETE" -> {
        if (existing == null) {
          return Resp.empty(204);
        }
        b.data.roleDefinitions.remove(key);
        return Resp.of(200, custom(existing, scope));
      }
      case "PUT" -> {
        JsonNode in = req.requireBody();
        ObjectNode props = Json.obj(in, "properties");
        String roleName = Json.text(props, "roleName");
        if (roleName == null || roleName.isBlank()) {
          throw ApiError.badRequest("InvalidRoleDefinition", "The role name must be provided.");
        }
        ObjectNode out = Json.object();
        out.put("type", "Microsoft.Authorization/roleDefinitions");
        out.put("name", guid.toLowerCase(Locale.ROOT));
        ObjectNode p = props.deepCopy();
        p.put("type", "CustomRole");
        if (!p.has("assignableScopes")) {
          p.putArray("assignableScopes").add(scope);
        }
        if (!p.has("permissions")) {
          p.putArray("permissions");
        }
        p.put("createdOn", b.isoNow());
        p.put("updatedOn", b.isoNow());
        out.set("properties", p);
        b.data.roleDefinitions.put(key, out);
        return Resp.of(existing == null ? 201 : 200, custom(out, scope));
      }
      default ->
          throw new ApiError(405, "MethodNotAllowed", "The requested method is not allowed.");
    }
  }

  private Resp listDefinitions(Req req, String scope) {
    String filter = req.query().get("$filter");
    String wanted = null;
    if (filter != null) {
      Matcher m = ROLE_NAME_FILTER.matcher(filter.trim());
      // Assumed: a filter the service cannot read is refused, not ignored. Ignoring it would
      // answer every role to a client that asked for one (and hide a filter encoded twice).
      if (!m.matches()) {
        throw ApiError.badRequest(
            "InvalidFilterInQueryString",
            "The filter '"
                + filter
                + "' is not supported. Supported filter: \"roleName eq '{name}'\".");
      }
      wanted = m.group(1);
    }
    List<ObjectNode> value = new ArrayList<>();
    for (BuiltInRoles.Role r : BuiltInRoles.ALL) {
      if (wanted == null || wanted.equalsIgnoreCase(r.name())) {
        value.add(builtIn(r, scope));
      }
    }
    for (Map.Entry<String, ObjectNode> e : b.data.roleDefinitions.entrySet()) {
      String name = Json.text(Json.obj(e.getValue(), "properties"), "roleName");
      if (wanted == null || wanted.equalsIgnoreCase(name)) {
        value.add(custom(e.getValue(), scope));
      }
    }
    return Pages.arm(b, req, value);
  }
}
