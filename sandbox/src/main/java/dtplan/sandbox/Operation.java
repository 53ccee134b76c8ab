package dtplan.sandbox;

/**
 * A long-running ARM operation, polled through its Azure-AsyncOperation and Location URLs.
 *
 * @param kind create, update, delete or deleteGroup
 * @param resourceKey the lower-cased id of the resource it works on
 * @param doneAt epoch millis when it finishes
 * @param fail whether it ends Failed (a FAIL_LRO fault)
 * @param status InProgress, Succeeded or Failed (the status monitor shows InProgress as Running)
 */
record Operation(
    String id,
    String kind,
    String resourceKey,
    String subscription,
    String namespace,
    String location,
    long startedAt,
    long doneAt,
    boolean fail,
    String status) {

  boolean running() {
    return status.equals("InProgress");
  }

  Operation finish() {
    return new Operation(
        id,
        kind,
        resourceKey,
        subscription,
        namespace,
        location,
        startedAt,
        doneAt,
        fail,
        fail ? "Failed" : "Succeeded");
  }
}
