package io.jalloy.syntax.ast;

/** An expression. */
public sealed interface Expr extends Node
        permits IdentifierExpr, LiteralExpr, ArrayExpr, ObjectExpr, AccessExpr, IndexExpr, CallExpr,
                UnaryExpr, BinaryExpr, ParenExpr {}
