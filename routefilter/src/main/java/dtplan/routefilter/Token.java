package dtplan.routefilter;

/**
 * One lexical unit of a filter: {@code filter} from {@code offset} (0-based) to {@code end}. The
 * text is cut out only when asked for, which is when a filter is refused: a spec of thousands of
 * routes checks every filter, and a string per token was most of what checking allocated (issue
 * 19).
 */
record Token(Kind kind, String filter, int offset, int end) {
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

  String text() {
    return filter.substring(offset, end);
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
