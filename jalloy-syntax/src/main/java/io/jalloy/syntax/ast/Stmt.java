package io.jalloy.syntax.ast;

/** A statement in a file or block body: {@code Statement = Attribute | Block}. */
public sealed interface Stmt extends Node permits AttributeStmt, BlockStmt {}
