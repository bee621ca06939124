package io.jalloy.syntax.ast;

/**
 * A line ({@code //}) or block ({@code /* *\/}) comment, text as written including its markers,
 * without carriage returns.
 */
public record Comment(int start, int end, String text) implements Node {}
