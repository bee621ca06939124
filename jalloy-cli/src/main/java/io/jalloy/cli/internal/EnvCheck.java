package io.jalloy.cli.internal;

import io.jalloy.component.ComponentProvider;
import io.jalloy.runtime.controller.Source;
import io.jalloy.runtime.registry.ComponentRegistry;
import io.jalloy.syntax.ast.AttributeStmt;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.CallExpr;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.decode.Decoder;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.parser.ParseResult;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.stdlib.Stdlib;
import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.vm.Evaluator;
import io.jalloy.syntax.vm.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Evaluates a (valid) config against one environment without running it: what
 * {@code validate --env-file} adds to Alloy's checks. Top-level component blocks that read no other
 * component are decoded into their arguments records exactly as the controller would (types,
 * defaults, the component's own validation); in blocks that do read other components, every
 * attribute that reads none is evaluated. An attribute that comes out as the empty string because a
 * {@code sys.env} variable the environment does not set is an error in strict mode ({@code validate
 * --env-file}): it is the mistake env files exist to catch; {@code run} uses the lenient mode, since
 * Alloy accepts empty values. Stateless.
 */
public final class EnvCheck {
    private final ComponentRegistry registry;
    private final boolean strict;

    /** A check against {@code registry}'s components; {@code strict} also flags unset variables. */
    public EnvCheck(ComponentRegistry registry, boolean strict) {
        this.registry = registry;
        this.strict = strict;
    }

    /** The problems of {@code source} when {@code sys.env} reads only {@code env}. */
    public Diagnostics check(Source source, Map<String, String> env) {
        return check(source, env::get, env::containsKey);
    }

    /** The problems of {@code source} when {@code sys.env} reads {@code env}. */
    public Diagnostics check(Source source, Function<String, String> env, Predicate<String> isSet) {
        Scope scope = Scope.root(Stdlib.globals(env));
        List<Diagnostic> out = new ArrayList<>();
        for (SourceFile sf : source.files()) {
            ParseResult parsed = Parser.parse(sf);
            if (parsed.diagnostics().hasErrors()) {
                return parsed.diagnostics();
            }
            Evaluator eval = new Evaluator(sf);
            for (Stmt stmt : parsed.file().body()) {
                if (stmt instanceof BlockStmt b) {
                    Optional<ComponentProvider<?, ?>> provider = registry.get(b.fullName());
                    provider.ifPresent(p -> checkComponent(b, p, eval, scope, isSet, strict, out));
                }
            }
        }
        return new Diagnostics(out);
    }

    private static void checkComponent(BlockStmt block, ComponentProvider<?, ?> provider, Evaluator eval, Scope scope,
                                       Predicate<String> env, boolean strict, List<Diagnostic> out) {
        List<AttributeStmt> attributes = new ArrayList<>();
        collect(block.body(), attributes);
        boolean selfContained = attributes.stream().allMatch(a -> readsOnly(a, scope));
        int before = out.size();
        if (selfContained) {
            try {
                new Decoder(eval).decodeBody(block.body(), block, provider.argumentsType(), scope);
            } catch (Diagnostics d) {
                out.addAll(d.list());
            }
        }
        for (AttributeStmt a : attributes) {
            if (!readsOnly(a, scope)) {
                continue;
            }
            Value v;
            try {
                v = eval.evaluate(a.value(), scope);
            } catch (Diagnostics d) {
                if (out.size() == before) {
                    out.addAll(d.list());
                }
                continue;
            }
            if (strict && v instanceof StringValue(String s) && s.isEmpty()) {
                unsetVariable(a, eval, scope, env).ifPresent(out::add);
            }
        }
    }

    /** An error at the first {@code sys.env} call in {@code a} whose variable {@code env} lacks. */
    private static Optional<Diagnostic> unsetVariable(AttributeStmt a, Evaluator eval, Scope scope, Predicate<String> isSet) {
        List<CallExpr> calls = new ArrayList<>();
        ExprNames.walk(a.value(), i -> { }, c -> {
            if (ExprNames.isEnvCall(c)) {
                calls.add(c);
            }
        });
        SourceFile sf = eval.source();
        for (CallExpr c : calls) {
            try {
                if (eval.evaluate(c.args().getFirst(), scope) instanceof StringValue(String name) && !isSet.test(name)) {
                    return Optional.of(Diagnostic.error(sf.position(c.start()), sf.position(c.end() - 1),
                            "\"" + a.name().name() + "\" is empty: environment variable " + name + " is not set"));
                }
            } catch (Diagnostics ignored) {
                // the name itself failed to evaluate; the attribute's evaluation reports that
            }
        }
        return Optional.empty();
    }

    private static boolean readsOnly(AttributeStmt a, Scope scope) {
        boolean[] foreign = {false};
        ExprNames.walk(a.value(), i -> foreign[0] |= scope.lookup(i.ident().name()) == null, c -> { });
        return !foreign[0];
    }

    private static void collect(List<Stmt> body, List<AttributeStmt> into) {
        for (Stmt s : body) {
            switch (s) {
                case AttributeStmt a -> into.add(a);
                case BlockStmt b -> collect(b.body(), into);
            }
        }
    }
}
