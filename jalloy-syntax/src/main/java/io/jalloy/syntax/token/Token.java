package io.jalloy.syntax.token;

/**
 * The lexical tokens of the Alloy configuration language, with the spellings Alloy uses in its
 * diagnostics ("expected IDENT, got BOOL").
 */
public enum Token {
    ILLEGAL("ILLEGAL"),
    EOF("EOF"),
    COMMENT("COMMENT"),

    IDENT("IDENT"),
    NUMBER("NUMBER"),
    FLOAT("FLOAT"),
    STRING("STRING"),
    BOOL("BOOL"),
    NULL("NULL"),

    OR("||"),
    AND("&&"),
    NOT("!"),

    ASSIGN("="),
    EQ("=="),
    NEQ("!="),
    LT("<"),
    LTE("<="),
    GT(">"),
    GTE(">="),

    ADD("+"),
    SUB("-"),
    MUL("*"),
    DIV("/"),
    MOD("%"),
    POW("^"),

    LCURLY("{"),
    RCURLY("}"),
    LPAREN("("),
    RPAREN(")"),
    LBRACK("["),
    RBRACK("]"),
    COMMA(","),
    DOT("."),

    /** A newline, or the end of a file, that ends a statement or list element. */
    TERMINATOR("TERMINATOR");

    private final String text;

    Token(String text) {
        this.text = text;
    }

    /** The spelling of this token in diagnostics. */
    public String text() {
        return text;
    }

    /** Whether this token is a binary operator. */
    public boolean isBinaryOp() {
        return precedence() > 0;
    }

    /**
     * The binding power of a binary operator, higher binds tighter; 0 for anything else.
     * Alloy: {@code || < && < comparison < + - < * / % < ^}.
     */
    public int precedence() {
        return switch (this) {
            case OR -> 1;
            case AND -> 2;
            case EQ, NEQ, LT, LTE, GT, GTE -> 3;
            case ADD, SUB -> 4;
            case MUL, DIV, MOD -> 5;
            case POW -> 6;
            default -> 0;
        };
    }

    @Override
    public String toString() {
        return text;
    }
}
