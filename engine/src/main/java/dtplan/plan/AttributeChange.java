package dtplan.plan;

/**
 * One attribute of a change: before and after (null when absent), and whether this attribute's
 * change is what forces the resource to be replaced.
 */
public record AttributeChange(String path, Value before, Value after, boolean forcesReplacement) {
  public boolean changed() {
    if (before == null || after == null) {
      return before != after;
    }
    return before.isUnknown() || after.isUnknown() || !before.text().equals(after.text());
  }
}
