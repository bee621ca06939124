package io.jalloy.syntax.vm;

import io.jalloy.syntax.ast.AccessExpr;
import io.jalloy.syntax.ast.ArrayExpr;
import io.jalloy.syntax.ast.AttributeStmt;
import io.jalloy.syntax.ast.BinaryExpr;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.CallExpr;
import io.jalloy.syntax.ast.Expr;
import io.jalloy.syntax.ast.IdentifierExpr;
import io.jalloy.syntax.ast.IndexExpr;
import io.jalloy.syntax.ast.LiteralExpr;
import io.jalloy.syntax.ast.ObjectExpr;
import io.jalloy.syntax.ast.ObjectField;
import io.jalloy.syntax.ast.ParenExpr;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.ast.UnaryExpr;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.value.ArrayValue;
import io.jalloy.syntax.value.FunctionValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates expressions of one source file to values with Alloy's semantics, reporting failures
 * as diagnostics with Alloy's texts at {@code file:line:col}. Holds no mutable state, so one
 * evaluator may serve many threads; each call takes the scope to resolve names in.
 */
public final class Evaluator {
    private final SourceFile source;

    public Evaluator(SourceFile source) {
        this.source = source;
    }

    /** The file whose offsets the evaluated nodes carry. */
    public SourceFile source() {
        return source;
    }

    /** The value of {@code expr}, or the diagnostic of its first error. */
    public Value evaluate(Expr expr, Scope scope) throws Diagnostics {
        try {
            return eval(expr, scope);
        } catch (EvalFailure f) {
            throw Diagnostics.of(f.toDiagnostic(source));
        }
    }

    /**
     * The attributes of a block body as an object, for bodies decoded generically (Alloy's map
     * blocks). Nested blocks are an error, as in Alloy.
     */
    public ObjectValue evaluateBody(List<Stmt> body, Scope scope) throws Diagnostics {
        Map<String, Value> fields = new LinkedHashMap<>();
        for (Stmt stmt : body) {
            switch (stmt) {
                case AttributeStmt attr -> fields.put(attr.name().name(), evaluate(attr.value(), scope));
                case BlockStmt block -> throw Diagnostics.of(
                        EvalFailure.at(block, "nested blocks not supported here").toDiagnostic(source));
            }
        }
        return new ObjectValue(fields);
    }

    private Value eval(Expr expr, Scope scope) throws EvalFailure {
        return switch (expr) {
            case LiteralExpr lit -> LiteralValues.of(lit);
            case ParenExpr paren -> eval(paren.inner(), scope);
            case IdentifierExpr id -> identifier(id, scope);
            case ArrayExpr array -> array(array, scope);
            case ObjectExpr object -> object(object, scope);
            case AccessExpr access -> Access.field(access, eval(access.value(), scope));
            case IndexExpr index -> Access.index(index, eval(index.value(), scope), eval(index.index(), scope));
            case UnaryExpr unary -> Operators.unary(unary.kind(), eval(unary.value(), scope), unary.value());
            case BinaryExpr bin -> {
                Value lhs = eval(bin.left(), scope);
                Value rhs = eval(bin.right(), scope);
                yield Operators.binary(bin.kind(), lhs, bin.left(), rhs, bin.right());
            }
            case CallExpr call -> call(call, scope);
        };
    }

    private static Value identifier(IdentifierExpr id, Scope scope) throws EvalFailure {
        Value v = scope.lookup(id.ident().name());
        if (v == null) {
            throw EvalFailure.at(id, "identifier \"" + id.ident().name() + "\" does not exist");
        }
        return v;
    }

    private Value array(ArrayExpr array, Scope scope) throws EvalFailure {
        List<Value> values = new ArrayList<>(array.elements().size());
        for (Expr e : array.elements()) {
            values.add(eval(e, scope));
        }
        return new ArrayValue(values);
    }

    private Value object(ObjectExpr object, Scope scope) throws EvalFailure {
        Map<String, Value> fields = new LinkedHashMap<>();
        for (ObjectField f : object.fields()) {
            fields.put(f.name().name(), eval(f.value(), scope));
        }
        return new ObjectValue(fields);
    }

    private Value call(CallExpr call, Scope scope) throws EvalFailure {
        Value callee = eval(call.value(), scope);
        if (!(callee instanceof FunctionValue fn)) {
            throw Operators.shouldBe(call.value(), ValueType.FUNCTION, callee);
        }
        List<Value> args = new ArrayList<>(call.args().size());
        for (Expr a : call.args()) {
            args.add(eval(a, scope));
        }
        return Calls.invoke(fn, args, call);
    }
}
