package dtplan.spec;

import java.util.regex.Pattern;

/**
 * The characters a name may hold, written as a regular-expression character class. A spec of
 * thousands of names checks every character, so the class's answer for each ASCII character is
 * worked out once; any other character is asked of the class itself.
 */
final class NameChars {
  private final Pattern characterClass;
  private final boolean[] ascii = new boolean[128];

  NameChars(String characterClass) {
    this.characterClass = Pattern.compile(characterClass);
    for (char c = 0; c < ascii.length; c++) {
      ascii[c] = matches(c);
    }
  }

  boolean allows(char c) {
    return c < ascii.length ? ascii[c] : matches(c);
  }

  private boolean matches(char c) {
    return characterClass.matcher(String.valueOf(c)).matches();
  }
}
