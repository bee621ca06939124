package io.jalloy.cli.docexamples;

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
import io.jalloy.syntax.scanner.Literals;
import io.jalloy.syntax.token.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a piece of config reads: every dotted name chain ({@code loki.write.default.receiver}, with
 * the string key when it is indexed, as in {@code data["url"]}) and every environment variable
 * named by a literal in {@code sys.env("X")} or {@code env("X")}.
 */
final class ConfigReferences {
    /** One chain of names, and the literal key it is indexed with (null when none). */
    record Chain(List<String> names, String key) {}

    final List<Chain> chains = new ArrayList<>();
    final Set<String> envVars = new LinkedHashSet<>();

    static ConfigReferences of(List<Stmt> body) {
        ConfigReferences r = new ConfigReferences();
        body.forEach(r::stmt);
        return r;
    }

    private void stmt(Stmt s) {
        switch (s) {
            case AttributeStmt a -> expr(a.value());
            case BlockStmt b -> b.body().forEach(this::stmt);
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case AccessExpr a -> chain(a, null);
            case IdentifierExpr id -> chains.add(new Chain(List.of(id.ident().name()), null));
            case ArrayExpr a -> a.elements().forEach(this::expr);
            case BinaryExpr b -> {
                expr(b.left());
                expr(b.right());
            }
            case CallExpr c -> {
                if (isEnv(c.value()) && c.args().size() == 1 && c.args().getFirst() instanceof LiteralExpr l
                        && l.kind() == Token.STRING) {
                    envVars.add(Literals.unquote(l.value()));
                }
                expr(c.value());
                c.args().forEach(this::expr);
            }
            case IndexExpr i when i.value() instanceof AccessExpr a && i.index() instanceof LiteralExpr key
                    && key.kind() == Token.STRING -> chain(a, Literals.unquote(key.value()));
            case IndexExpr i -> {
                expr(i.value());
                expr(i.index());
            }
            case ObjectExpr o -> {
                for (ObjectField f : o.fields()) {
                    expr(f.value());
                }
            }
            case ParenExpr p -> expr(p.inner());
            case UnaryExpr u -> expr(u.value());
            default -> { }
        }
    }

    private static boolean isEnv(Expr callee) {
        return (callee instanceof IdentifierExpr id && id.ident().name().equals("env"))
                || (callee instanceof AccessExpr a && a.name().name().equals("env")
                    && a.value() instanceof IdentifierExpr sys && sys.ident().name().equals("sys"));
    }

    private void chain(AccessExpr a, String key) {
        List<String> names = new ArrayList<>();
        Expr cur = a;
        while (cur instanceof AccessExpr acc) {
            names.addFirst(acc.name().name());
            cur = acc.value();
        }
        if (!(cur instanceof IdentifierExpr id)) {
            expr(cur);
            return;
        }
        names.addFirst(id.ident().name());
        chains.add(new Chain(List.copyOf(names), key));
    }
}
