package dtplan.routefilter;

import dtplan.routefilter.FilterError.Kind;

/**
 * Splits a filter into tokens, one at a time. Which characters make which token is listed in {@link
 * RouteFilter}; any other character becomes an {@code INVALID} token of its own, which no rule
 * accepts, so the parser refuses it with what it expected at that place.
 */
final class Tokenizer {
  private final String filter;
  private int at;

  Tokenizer(String filter) {
    this.filter = filter;
  }

  Token next() {
    while (at < filter.length() && isSpace(filter.charAt(at))) {
      at++;
    }
    int start = at;
    if (at == filter.length()) {
      return new Token(Token.Kind.END, filter, start, start);
    }
    char c = filter.charAt(at);
    switch (c) {
      case '(':
        return single(Token.Kind.LPAREN);
      case ')':
        return single(Token.Kind.RPAREN);
      case ',':
        return single(Token.Kind.COMMA);
      case '=':
        return single(Token.Kind.COMPARISON);
      case '<', '>':
        at += filter.startsWith("=", at + 1) ? 2 : 1;
        return token(Token.Kind.COMPARISON, start);
      case '!':
        if (filter.startsWith("!=", at)) {
          at += 2;
          return token(Token.Kind.COMPARISON, start);
        }
        return invalid();
      case '\'':
        return string();
      default:
        break;
    }
    if (isDigit(c)) {
      return number();
    }
    if (startsSegment(at)) {
      return path();
    }
    return invalid();
  }

  /** No escapes and no line breaks inside: no source documents either (assumed). */
  private Token string() {
    int start = at++;
    while (at < filter.length() && filter.charAt(at) != '\'' && filter.charAt(at) != '\n') {
      at++;
    }
    if (at == filter.length() || filter.charAt(at) == '\n') {
      throw new Refusal(
          FilterError.at(
              filter,
              start,
              Kind.UNTERMINATED_STRING,
              filter.substring(start, at),
              "Unterminated string literal",
              "a closing ' on the same line"));
    }
    at++;
    return token(Token.Kind.STRING, start);
  }

  /** Unsigned decimals, {@code 200} or {@code 5.5}: the forms the docs show. */
  private Token number() {
    int start = at;
    skipDigits();
    if (at + 1 < filter.length() && filter.charAt(at) == '.' && isDigit(filter.charAt(at + 1))) {
      at++;
      skipDigits();
    }
    return token(Token.Kind.NUMBER, start);
  }

  /** Segments joined by dots, with no space around a dot. Keywords are one bare segment. */
  private Token path() {
    int start = at;
    skipSegment();
    while (at < filter.length() && filter.charAt(at) == '.' && startsSegment(at + 1)) {
      at++;
      skipSegment();
    }
    // A path is ASCII, so ignoring case in place is what lower-casing a copy was.
    Token.Kind kind;
    if (is(start, "and", true)) {
      kind = Token.Kind.AND;
    } else if (is(start, "or", true)) {
      kind = Token.Kind.OR;
    } else if (is(start, "true", false)) {
      kind = Token.Kind.TRUE;
    } else if (is(start, "false", false)) {
      kind = Token.Kind.FALSE;
    } else if (is(start, "null", false)) {
      kind = Token.Kind.NULL;
    } else {
      kind = Token.Kind.PATH;
    }
    return new Token(kind, filter, start, at);
  }

  /** Whether the text from {@code start} to the current position is {@code word}. */
  private boolean is(int start, String word, boolean ignoreCase) {
    return at - start == word.length()
        && filter.regionMatches(ignoreCase, start, word, 0, at - start);
  }

  private boolean startsSegment(int i) {
    int letter = i < filter.length() && filter.charAt(i) == '$' ? i + 1 : i;
    return letter < filter.length() && isLetter(filter.charAt(letter));
  }

  private void skipSegment() {
    if (filter.charAt(at) == '$') {
      at++;
    }
    while (at < filter.length() && (isLetter(filter.charAt(at)) || isDigit(filter.charAt(at)))) {
      at++;
    }
  }

  private void skipDigits() {
    while (at < filter.length() && isDigit(filter.charAt(at))) {
      at++;
    }
  }

  private Token single(Token.Kind kind) {
    at++;
    return new Token(kind, filter, at - 1, at);
  }

  private Token token(Token.Kind kind, int start) {
    return new Token(kind, filter, start, at);
  }

  /** One character that starts no token; the parser refuses it with what it expected there. */
  private Token invalid() {
    int start = at;
    at += Character.charCount(filter.codePointAt(at));
    return token(Token.Kind.INVALID, start);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** ASCII letters and underscore: DTDL names are ASCII (assumed for every field). */
  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }
}
