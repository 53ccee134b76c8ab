package dtplan.routefilter;

/** One lexical unit of a filter; {@code offset} is its 0-based index in the filter string. */
record Token(Kind kind, String text, int offset) {
  enum Kind {
    LPAREN,
    RPAREN,
    COMMA,
    COMPARISON,
    AND,
    OR,
    STRING,
    NUMBER,
    TRUE,
    FALSE,
    NULL,
    /** A field: {@code type}, {@code $eventType}, {@code $body.$metadata.$model}. */
    PATH,
    /** One character that starts no token: {@code "}, {@code &}, {@code !} alone. */
    INVALID,
    END
  }

  boolean is(Kind k) {
    return kind == k;
  }

  boolean isLiteral() {
    return switch (kind) {
      case STRING, NUMBER, TRUE, FALSE, NULL -> true;
      default -> false;
    };
  }
}
