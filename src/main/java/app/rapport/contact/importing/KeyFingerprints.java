package app.rapport.contact.importing;

/**
 * Remembers a 64-bit fingerprint of every dedupe key staged so far, to learn whether a file names
 * the same person twice. Most files do not, and then the merge can skip its sort-and-pick pass
 * (DISTINCT ON over the whole file) and map each staged row to its own contact.
 *
 * <p>A fingerprint collision only makes the answer "maybe repeated", which takes the slower, always
 * correct path; it never hides a real repeat. Eight bytes per key (16 at most with the spare
 * slots): a million rows cost 16 MB of heap, where the keys themselves would cost over 100 MB.
 */
final class KeyFingerprints {

  private static final long EMPTY = 0L;

  private long[] slots = new long[1 << 12];
  private int size;
  private boolean repeated;

  /** Records a key; returns false when it (or a key with the same fingerprint) was seen before. */
  boolean add(String key) {
    if (repeated) {
      return false;
    }
    long fingerprint = fingerprint(key);
    if (insert(slots, fingerprint)) {
      size++;
      if (size * 2 > slots.length) {
        grow();
      }
      return true;
    }
    repeated = true;
    slots = new long[0]; // the answer is known; free the memory
    return false;
  }

  /** True when some key may have been added twice. */
  boolean repeated() {
    return repeated;
  }

  private void grow() {
    long[] bigger = new long[slots.length * 2];
    for (long fingerprint : slots) {
      if (fingerprint != EMPTY) {
        insert(bigger, fingerprint);
      }
    }
    slots = bigger;
  }

  private static boolean insert(long[] table, long fingerprint) {
    int mask = table.length - 1;
    int index = (int) (fingerprint ^ (fingerprint >>> 32)) & mask;
    while (table[index] != EMPTY) {
      if (table[index] == fingerprint) {
        return false;
      }
      index = (index + 1) & mask;
    }
    table[index] = fingerprint;
    return true;
  }

  /** FNV-1a over the UTF-16 units, then a finaliser that spreads the bits; never 0 (empty). */
  static long fingerprint(String key) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      hash ^= key.charAt(i);
      hash *= 0x100000001b3L;
    }
    hash ^= hash >>> 33;
    hash *= 0xff51afd7ed558ccdL;
    hash ^= hash >>> 33;
    return hash == EMPTY ? 1L : hash;
  }
}
