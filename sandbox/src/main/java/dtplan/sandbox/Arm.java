package dtplan.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Routes ARM requests (everything that is not data plane or admin) to their handler. */
final class Arm {
  static final String DEFAULT_SUBSCRIPTION = "00000000-0000-0000-0000-000000000000";

  /**
   * The status monitor's path segment, spelled as Microsoft.DigitalTwins spells it in its
   * Azure-AsyncOperation URLs (test_create_digital_twin_with_identity.json); the ARM contract's
   * {@code operationStatuses} is accepted too.
   */
  static final String STATUSES = "operationsStatuses";

  private final Backend b;
  final ResourceGroups groups;
  final Resources resources;
  final Instances instances;
  final Authorization authorization;

  Arm(Backend b) {
    this.b = b;
    Identities identities = new Identities(b);
    this.groups = new ResourceGroups(b);
    this.instances = new Instances(b, identities);
    this.resources = new Resources(b, instances, new Endpoints(b));
    this.authorization = new Authorization(b);
  }

  Resp handle(Req req) {
    List<String> s = req.segments();
    int auth = Authorization.find(s);
    if (req.apiVersion() == null
        && !isMonitor(s)
        && !(s.size() == 4 && Paths.is(s.get(2), "operationresults"))) {
      throw ApiError.badRequest(
          "MissingApiVersionParameter",
          "The api-version query parameter (?api-version=) is required for all requests.");
    }
    if (auth >= 0) {
      return authorization.handle(req, auth);
    }
    if (s.isEmpty() || !Paths.is(s.get(0), "subscriptions")) {
      throw notFound();
    }
    if (s.size() == 1) {
      return Pages.arm(b, req, List.of(subscription(DEFAULT_SUBSCRIPTION)));
    }
    if (s.size() == 2) {
      return Resp.of(200, subscription(s.get(1)));
    }
    String sub = s.get(1);
    if (Paths.is(s.get(2), "resourceGroups")) {
      if (s.size() == 3) {
        return groups.list(req, sub);
      }
      if (s.size() == 4) {
        return groups.handle(req, sub, s.get(3));
      }
    }
    if (isMonitor(s)) {
      return monitor(s.get(6), s.get(7));
    }
    if (s.size() == 4 && Paths.is(s.get(2), "operationresults")) {
      return monitor("operationResults", s.get(3));
    }
    if (s.size() == 7
        && Paths.is(s.get(2), "providers")
        && Paths.is(s.get(4), "locations")
        && Paths.is(s.get(6), "checkNameAvailability")) {
      return instances.checkName(req);
    }
    ArmPath p = ArmPath.of(s);
    if (p == null || p.rest().isEmpty()) {
      throw notFound();
    }
    return resources.handle(req, p);
  }

  private static ApiError notFound() {
    return ApiError.notFound("NotFound", "The requested path was not found.");
  }

  private static ObjectNode subscription(String id) {
    ObjectNode o = Json.object();
    o.put("id", "/subscriptions/" + id);
    o.put("subscriptionId", id);
    o.put("tenantId", Backend.DEFAULT_TENANT);
    o.put("displayName", "dtplan sandbox");
    o.put("state", "Enabled");
    return o;
  }

  private static boolean isMonitor(List<String> s) {
    return s.size() == 8
        && Paths.is(s.get(0), "subscriptions")
        && Paths.is(s.get(2), "providers")
        && Paths.is(s.get(4), "locations")
        && (Paths.is(s.get(6), STATUSES)
            || Paths.is(s.get(6), "operationStatuses")
            || Paths.is(s.get(6), "operationResults"));
  }

  /** Answers the Azure-AsyncOperation (status body) and Location (202 until done) monitors. */
  private Resp monitor(String kind, String id) {
    Operation op = b.data.operations.get(id);
    if (op == null) {
      throw ApiError.notFound("OperationNotFound", "The operation '" + id + "' was not found.");
    }
    if (!Paths.is(kind, "operationResults")) {
      // The body as recorded for Microsoft.DigitalTwins (test_create_digital_twin_with_identity):
      // {id, name, status, startTime[, endTime]}, and "Running" while it runs.
      ObjectNode out = Json.object();
      out.put(
          "id",
          "/subscriptions/"
              + op.subscription()
              + "/locations/"
              + op.location()
              + "/"
              + STATUSES
              + "/"
              + id);
      out.put("name", id);
      out.put("status", op.running() ? "Running" : op.status());
      out.put("startTime", java.time.Instant.ofEpochMilli(op.startedAt()).toString());
      if (!op.running()) {
        out.put("endTime", java.time.Instant.ofEpochMilli(op.doneAt()).toString());
      }
      if (op.fail() && !op.running()) {
        ObjectNode err = out.putObject("error");
        err.put("code", "InternalServerError");
        err.put("message", "The operation failed (injected by a sandbox fault rule).");
      }
      Resp r = Resp.of(200, out);
      return op.running() ? r.header("Retry-After", b.retryAfter()) : r;
    }
    if (op.running()) {
      return b.withLroHeaders(Resp.empty(202), op);
    }
    ObjectNode res = b.data.resources.get(op.resourceKey());
    boolean isDelete = op.kind().startsWith("delete");
    if (isDelete && !op.fail()) {
      return Resp.empty(op.kind().equals("deleteGroup") ? 200 : 204);
    }
    if (res == null) {
      return Resp.empty(204);
    }
    return Resp.of(200, resources.view(res));
  }
}
