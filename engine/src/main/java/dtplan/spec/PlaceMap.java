package dtplan.spec;

import dtplan.spec.Locations.Place;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The places of one mapping's values, by key. Most mappings of a spec hold two to six keys; a
 * {@code HashMap} each (its table, a node per key) was half of what the places kept alive, and
 * every young collection copied it (issue 19). Keys and places sit in two arrays, searched in
 * order; a mapping of many keys (the instances of a large stack) also gets a hash index.
 *
 * <p>Filled by {@link LocatedTree} while it reads the mapping and never changed after, so that an
 * alias can share its anchor's places.
 */
final class PlaceMap {
  /** Above this many keys a search in order costs more than hashing the key. */
  private static final int INDEXED_ABOVE = 8;

  private String[] keys = new String[4];
  private Place[] places = new Place[4];
  private int size;
  private Map<String, Place> index;

  /**
   * The place of the value whose key the pointer's segment from {@code from} to {@code to} names
   * (escaped as JSON Pointer escapes it), or null. Compared in place: a lookup per segment of every
   * pointer asked would otherwise cut a string each (issue 19).
   */
  Place get(String pointer, int from, int to) {
    int tilde = pointer.indexOf('~', from);
    if (index != null || (tilde >= 0 && tilde < to)) {
      return get(Locations.unescape(pointer.substring(from, to)));
    }
    int length = to - from;
    for (int i = 0; i < size; i++) {
      if (keys[i].length() == length && pointer.startsWith(keys[i], from)) {
        return places[i];
      }
    }
    return null;
  }

  /** The place of the value at {@code key}, or null when the mapping has no such key. */
  Place get(String key) {
    if (index != null) {
      return index.get(key);
    }
    for (int i = 0; i < size; i++) {
      if (keys[i].equals(key)) {
        return places[i];
      }
    }
    return null;
  }

  /** Adds a key the mapping does not hold yet (the reader refuses a key written twice). */
  void add(String key, Place place) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      places = Arrays.copyOf(places, size * 2);
    }
    keys[size] = key;
    places[size] = place;
    size++;
    if (index != null) {
      index.put(key, place);
    } else if (size > INDEXED_ABOVE) {
      index = new HashMap<>(size * 4);
      for (int i = 0; i < size; i++) {
        index.put(keys[i], places[i]);
      }
    }
  }
}
