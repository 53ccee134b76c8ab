package dtplan.routefilter;

/**
 * Recursive descent over the grammar in {@link RouteFilter}, one token of lookahead, stopping at
 * the first error as Azure does (it reports one Line/Position).
 */
final class Parser {
  static final int MAX_DEPTH = 100;

  private static final String COMPARISON = "a comparison operator (=, !=, <, <=, >, >=)";
  private static final String VALUE = "a value ('string', number, true, false or null)";
  private static final String CONDITION =
      "a condition (a comparison such as type = '…', a function such as"
          + " STARTS_WITH(subject, '…'), or a parenthesis)";
  private static final String FIELD = "a field such as subject or $body.<property>";

  private final String filter;
  private final Tokenizer tokens;
  private Token current;
  private int depth;

  Parser(String filter) {
    this.filter = filter;
    this.tokens = new Tokenizer(filter);
    this.current = tokens.next();
  }

  void parse() {
    if (current.is(Token.Kind.TRUE) || current.is(Token.Kind.FALSE)) {
      advance();
      expect(Token.Kind.END, "the end of the filter (true and false stand alone)");
      return;
    }
    disjunction();
    expect(Token.Kind.END, "AND, OR or the end of the filter");
  }

  private void disjunction() {
    conjunction();
    while (current.is(Token.Kind.OR)) {
      advance();
      conjunction();
    }
  }

  private void conjunction() {
    condition();
    while (current.is(Token.Kind.AND)) {
      advance();
      condition();
    }
  }

  private void condition() {
    Token first = current;
    if (first.is(Token.Kind.LPAREN)) {
      if (++depth > MAX_DEPTH) {
        throw refuse(
            first,
            FilterError.Kind.TOO_DEEP,
            first.text(),
            "Parentheses nested deeper than " + MAX_DEPTH,
            "at most " + MAX_DEPTH + " nested parentheses");
      }
      advance();
      disjunction();
      expect(Token.Kind.RPAREN, "AND, OR or a closing parenthesis");
      depth--;
      return;
    }
    if (!first.is(Token.Kind.PATH)) {
      throw unexpected(first, CONDITION);
    }
    advance();
    if (current.is(Token.Kind.LPAREN)) {
      call(first);
    } else {
      expect(Token.Kind.COMPARISON, COMPARISON);
      if (!current.isLiteral()) {
        throw unexpected(current, VALUE);
      }
      advance();
    }
  }

  /** {@code NAME(field, 'string')}; {@code current} is the opening parenthesis. */
  private void call(Token name) {
    if (!RouteFilter.FUNCTIONS.contains(name.text())) {
      throw refuse(
          name,
          FilterError.Kind.UNKNOWN_FUNCTION,
          name.text(),
          "Unknown function '" + name.text() + "'",
          "one of " + String.join(", ", RouteFilter.FUNCTIONS));
    }
    advance();
    Token field = null;
    Token text = null;
    int count = 0;
    if (!current.is(Token.Kind.RPAREN)) {
      while (true) {
        if (!current.is(Token.Kind.PATH) && !current.isLiteral()) {
          throw unexpected(current, "an argument (" + FIELD + ", or a value)");
        }
        if (count == 0) {
          field = current;
        } else if (count == 1) {
          text = current;
        }
        count++;
        advance();
        if (current.is(Token.Kind.RPAREN)) {
          break;
        }
        expect(Token.Kind.COMMA, "a comma or a closing parenthesis");
      }
    }
    if (count != 2) {
      throw refuse(
          name,
          FilterError.Kind.WRONG_ARGUMENT_COUNT,
          name.text(),
          "Function '" + name.text() + "' takes 2 arguments, found " + count,
          name.text() + "(<field>, '<string>')");
    }
    if (!field.is(Token.Kind.PATH)) {
      throw unexpected(field, FIELD);
    }
    if (!text.is(Token.Kind.STRING)) {
      throw unexpected(text, "a string in single quotes");
    }
    advance();
  }

  private void expect(Token.Kind kind, String expected) {
    if (!current.is(kind)) {
      throw unexpected(current, expected);
    }
    advance();
  }

  private void advance() {
    current = tokens.next();
  }

  private Refusal unexpected(Token t, String expected) {
    if (t.is(Token.Kind.END)) {
      return refuse(t, FilterError.Kind.UNEXPECTED_END, "", "Unexpected end of input", expected);
    }
    return refuse(
        t,
        FilterError.Kind.UNEXPECTED_INPUT,
        t.text(),
        "Unexpected input '" + t.text() + "'",
        expected);
  }

  private Refusal refuse(
      Token at, FilterError.Kind kind, String found, String message, String expected) {
    return new Refusal(FilterError.at(filter, at.offset(), kind, found, message, expected));
  }
}
