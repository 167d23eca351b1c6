package app.rapport.guard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a body into lower-case words with the recipient's own identity values masked.
 *
 * <p>Masking works on words, not characters, so "Ana" is masked in "Hi Ana," and "Ana's" but not in
 * "Banana", and an email address is masked whatever punctuation surrounds it. Longer values are
 * masked first, so a full name or an email becomes one mask word instead of several. What is left
 * is the part of the message the sender actually wrote for this person, which is what the BLAST
 * check compares.
 */
final class IdentityMask {

  /** Stands for one masked identity value; cannot collide with a real word. */
  static final String MASK = "\u0000";

  private IdentityMask() {}

  /** The masked, lower-cased words of {@code body}; punctuation and spacing are dropped. */
  static List<String> words(String body, List<String> identityValues) {
    List<String> words = split(body);
    if (identityValues.isEmpty() || words.isEmpty()) {
      return words;
    }
    List<List<String>> values = new ArrayList<>();
    for (String value : identityValues) {
      List<String> valueWords = split(value);
      if (!valueWords.isEmpty()) {
        values.add(valueWords);
      }
    }
    values.sort(Comparator.comparingInt((List<String> v) -> v.size()).reversed());
    int[] maskedBy = new int[words.size()]; // 0 = not masked, else 1 + index of the match
    int match = 0;
    for (List<String> value : values) {
      for (int i = 0; i + value.size() <= words.size(); i++) {
        if (matchesAt(words, maskedBy, value, i)) {
          match++;
          for (int k = 0; k < value.size(); k++) {
            maskedBy[i + k] = match;
          }
          i += value.size() - 1;
        }
      }
    }
    List<String> masked = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      if (maskedBy[i] == 0) {
        masked.add(words.get(i));
      } else if (i == 0 || maskedBy[i - 1] != maskedBy[i]) {
        masked.add(MASK);
      }
    }
    return masked;
  }

  private static boolean matchesAt(
      List<String> words, int[] maskedBy, List<String> value, int start) {
    for (int k = 0; k < value.size(); k++) {
      if (maskedBy[start + k] != 0 || !words.get(start + k).equals(value.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** Runs of letters and digits, lower-cased. */
  static List<String> split(String text) {
    text = text.toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean wordChar = Character.isLetterOrDigit(cp);
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        words.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      words.add(text.substring(start));
    }
    return words;
  }
}
