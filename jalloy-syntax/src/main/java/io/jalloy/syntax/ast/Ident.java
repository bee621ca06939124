package io.jalloy.syntax.ast;

/** An identifier with where it was written. */
public record Ident(String name, int start, int end) implements Node {}
