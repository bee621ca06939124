package io.jalloy.syntax.ast;

import io.jalloy.syntax.token.Token;

/**
 * A literal of kind NUMBER, FLOAT, STRING, BOOL or NULL. {@code value} is the text as written,
 * strings with their quotes or back-ticks.
 */
public record LiteralExpr(Token kind, int start, int end, String value) implements Expr {}
