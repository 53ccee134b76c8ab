package dtplan.spec;

import java.util.Collection;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean …?": the nearest candidate within a small edit distance. */
public final class Suggest {
  private Suggest() {}

  public static String nearest(String found, Collection<String> candidates) {
    if (found == null || found.isEmpty()) {
      return null;
    }
    int limit = Math.max(2, found.length() / 3);
    LevenshteinDistance distance = new LevenshteinDistance(limit);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance.apply(found.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d >= 0 && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }
}
