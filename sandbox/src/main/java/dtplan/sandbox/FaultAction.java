package dtplan.sandbox;

/** What a matching fault rule does to a request. */
public enum FaultAction {
  /** Answer with the rule's status (and Retry-After for 429/503) instead of serving the request. */
  STATUS,
  /** Close the connection without any response. */
  DROP,
  /** Wait the rule's latency, then serve the request normally. */
  LATENCY,
  /** Serve the request, but the long-running operation it starts ends Failed. */
  FAIL_LRO
}
