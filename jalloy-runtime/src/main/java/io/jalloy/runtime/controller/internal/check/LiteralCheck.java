package io.jalloy.runtime.controller.internal.check;

import io.jalloy.runtime.controller.ValueSpec;
import io.jalloy.syntax.ast.ArrayExpr;
import io.jalloy.syntax.ast.Expr;
import io.jalloy.syntax.ast.LiteralExpr;
import io.jalloy.syntax.ast.ObjectExpr;
import io.jalloy.syntax.ast.ObjectField;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.decode.Decoder;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import io.jalloy.syntax.vm.Evaluator;
import io.jalloy.syntax.vm.Scope;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * Checks the literal parts of an attribute's value against the type it decodes into, reporting at
 * the offending literal with Alloy's decoding texts. Anything that needs evaluation (references,
 * calls, operators) is accepted: validation never runs a config.
 */
final class LiteralCheck {
    private final SourceBlock where;
    private final List<Diagnostic> out;

    private LiteralCheck(SourceBlock where, List<Diagnostic> out) {
        this.where = where;
        this.out = out;
    }

    static void check(SourceBlock where, Expr value, ValueSpec type, List<Diagnostic> out) {
        new LiteralCheck(where, out).expr(value, type);
    }

    private void expr(Expr e, ValueSpec type) {
        if (type instanceof ValueSpec.Any) {
            return;
        }
        if (type instanceof ValueSpec.JavaType jt) {
            javaTyped(e, jt.type());
            return;
        }
        switch (e) {
            case LiteralExpr lit -> literal(lit, type);
            case ArrayExpr arr -> array(arr, type);
            case ObjectExpr obj -> object(obj, type);
            default -> { }
        }
    }

    private void literal(LiteralExpr lit, ValueSpec type) {
        String got = typeName(lit);
        if (got == null) {
            return; // null decodes into anything as its zero value
        }
        String error = switch (type) {
            case ValueSpec.Any any -> null;
            case ValueSpec.JavaType jt -> null;
            case ValueSpec.Text text -> switch (got) {
                case "string" -> text.parse().apply(StringLiterals.unquote(lit.value()));
                case "number" -> null; // numbers convert to strings
                default -> mismatch("string", got);
            };
            case ValueSpec.Scalar scalar -> scalar(scalar.typeName(), got, lit);
            case ValueSpec.ArrayOf a -> mismatch("array", got);
            case ValueSpec.MapOf m -> mismatch("object", got);
            case ValueSpec.Capsule c -> mismatch("capsule(\"" + c.name() + "\")", got);
            case ValueSpec.Target t -> "target::ConvertFrom: conversion from '" + goTypeName(lit) + "' is not supported";
        };
        if (error != null) {
            out.add(where.errorOn(lit, error));
        }
    }

    /**
     * Checks against a Java type by decoding: lists and maps are followed element by element so an
     * error lands on the element; any other constant expression is evaluated and decoded whole.
     */
    private void javaTyped(Expr e, Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            if (e instanceof ArrayExpr arr && List.class.isAssignableFrom(raw)) {
                arr.elements().forEach(el -> javaTyped(el, p.getActualTypeArguments()[0]));
                return;
            }
            if (e instanceof ObjectExpr obj && Map.class.isAssignableFrom(raw)) {
                obj.fields().forEach(f -> javaTyped(f.value(), p.getActualTypeArguments()[1]));
                return;
            }
        }
        if (!Constants.isConstant(e)) {
            return;
        }
        Value value;
        try {
            value = new Evaluator(where.file()).evaluate(e, Scope.empty());
        } catch (Diagnostics d) {
            return; // evaluation errors are the evaluator's to report when the config runs
        }
        try {
            Decoder.decodeValue(value, type);
        } catch (ValueException ex) {
            out.add(where.errorOn(e, ex.getMessage()));
        }
    }

    private static String scalar(String expected, String got, LiteralExpr lit) {
        if (expected.equals(got)) {
            return null;
        }
        if (expected.equals("number") && got.equals("string") && isNumber(StringLiterals.unquote(lit.value()))) {
            return null;
        }
        return mismatch(expected, got);
    }

    private void array(ArrayExpr arr, ValueSpec type) {
        switch (type) {
            case ValueSpec.ArrayOf a -> arr.elements().forEach(el -> expr(el, a.element()));
            case ValueSpec.Text t -> out.add(where.errorOn(arr, mismatch("string", "array")));
            case ValueSpec.Scalar s -> out.add(where.errorOn(arr, mismatch(s.typeName(), "array")));
            case ValueSpec.MapOf m -> out.add(where.errorOn(arr, mismatch("object", "array")));
            default -> { }
        }
    }

    private void object(ObjectExpr obj, ValueSpec type) {
        switch (type) {
            case ValueSpec.MapOf m -> {
                for (ObjectField f : obj.fields()) {
                    expr(f.value(), m.element());
                }
            }
            case ValueSpec.Text t -> out.add(where.errorOn(obj, mismatch("string", "object")));
            case ValueSpec.Scalar s -> out.add(where.errorOn(obj, mismatch(s.typeName(), "object")));
            case ValueSpec.ArrayOf a -> out.add(where.errorOn(obj, mismatch("array", "object")));
            default -> { }
        }
    }

    private static String mismatch(String expected, String got) {
        return "expected " + expected + ", got " + got;
    }

    /** Alloy's name for a literal's type, or null for {@code null}. */
    private static String typeName(LiteralExpr lit) {
        return switch (lit.kind()) {
            case STRING -> "string";
            case NUMBER, FLOAT -> "number";
            case BOOL -> "bool";
            default -> null;
        };
    }

    /** The Go type a literal decodes to, which Alloy's converters name in their errors. */
    private static String goTypeName(LiteralExpr lit) {
        return switch (lit.kind()) {
            case STRING -> "string";
            case NUMBER -> "int64";
            case FLOAT -> "float64";
            case BOOL -> "bool";
            default -> "<nil>";
        };
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s.trim());
            return !s.isBlank();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
