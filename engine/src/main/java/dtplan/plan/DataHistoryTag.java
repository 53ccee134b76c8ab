package dtplan.plan;

import java.util.Map;

/**
 * Whether an instance has data history connections dtplan manages, recorded on the instance as the
 * tag {@code dtplan-data-history}, so that a read lists an instance's connections only where there
 * can be any to plan: a stack without data history keeps its four requests per instance, and one
 * whose spec drops its last connection still finds it (the live tag) and deletes it.
 */
public final class DataHistoryTag {
  public static final String TAG = "dtplan-data-history";
  static final String VALUE = "managed";

  private DataHistoryTag() {}

  /** Whether a live instance's tags say its connections are to be read; names ignore case. */
  public static boolean on(Map<String, String> tags) {
    return tags.keySet().stream().anyMatch(TAG::equalsIgnoreCase);
  }
}
