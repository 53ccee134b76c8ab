package dtplan.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the sandbox knows, in one object so that it is written to disk as one file. Map keys
 * are lower-cased ids because ARM ids are case-insensitive; bodies keep the case first given.
 */
final class StateData {
  /** Resource groups by id. */
  public Map<String, ObjectNode> groups = new LinkedHashMap<>();

  /** ARM resources (instances, endpoints, identities, destinations, anything else) by id. */
  public Map<String, ObjectNode> resources = new LinkedHashMap<>();

  /** Event routes per instance id, then by route id (case-sensitive, as in ADT). */
  public Map<String, Map<String, ObjectNode>> routes = new LinkedHashMap<>();

  /** Role assignments by id. */
  public Map<String, ObjectNode> roleAssignments = new LinkedHashMap<>();

  /**
   * When each role assignment (by id) starts to count on the data plane (epoch millis); an
   * assignment without an entry counts at once.
   */
  public Map<String, Long> roleAssignmentsEffectiveAt = new LinkedHashMap<>();

  /** Custom role definitions by GUID. */
  public Map<String, ObjectNode> roleDefinitions = new LinkedHashMap<>();

  /** Directory principals (object id, lower-case) and when they were created (epoch millis). */
  public Map<String, Long> principals = new LinkedHashMap<>();

  public Map<String, Operation> operations = new LinkedHashMap<>();

  /**
   * Creation order of the routes, per instance id then route id: ADT lists routes in the order they
   * were created (EventRoutesTest.listEventRoutesPaginationWorks[1].json), and pages resume after a
   * position that must survive the deletion of the route that held it.
   */
  public Map<String, Map<String, Long>> routeOrder = new LinkedHashMap<>();

  public long lastRouteSequence;

  /** Blobs (lock blobs) by container id, lower-cased, then "/" and the blob name as given. */
  public Map<String, StoredBlob> blobs = new LinkedHashMap<>();

  /** Signs page tokens (PageTokens); kept with the state so a restart keeps tokens valid. */
  public String pageTokenKey = UUID.randomUUID() + "-" + UUID.randomUUID();
}
