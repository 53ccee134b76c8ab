package dtplan.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every non-admin request the sandbox received, in arrival order. Thread-safe. */
public final class RequestLog {
  private final List<RequestEntry> entries = new ArrayList<>();

  synchronized void record(RequestEntry e) {
    entries.add(e);
  }

  /** The requests in arrival order. */
  public synchronized List<RequestEntry> entries() {
    return List.copyOf(entries);
  }

  /** Counts per "METHOD template", e.g. {@code GET /subscriptions/{}/resourceGroups/{}}. */
  public synchronized Map<String, Integer> counts() {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (RequestEntry e : entries) {
      out.merge(e.key(), 1, Integer::sum);
    }
    return out;
  }

  /** How many requests had this method and path template. */
  public synchronized int count(String method, String template) {
    int n = 0;
    for (RequestEntry e : entries) {
      if (e.method().equalsIgnoreCase(method) && e.template().equals(template)) {
        n++;
      }
    }
    return n;
  }

  public synchronized int total() {
    return entries.size();
  }

  /** Entries whose method is not GET or HEAD: the calls that change something. */
  public synchronized List<RequestEntry> writes() {
    List<RequestEntry> out = new ArrayList<>();
    for (RequestEntry e : entries) {
      if (!e.method().equals("GET") && !e.method().equals("HEAD")) {
        out.add(e);
      }
    }
    return out;
  }

  public synchronized void clear() {
    entries.clear();
  }
}
