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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Evaluates a (valid) config against one environment without running it: what
 * {@code validate --env-file} adds to Alloy's checks. Every component block (at the top, in
 * {@code declare} bodies and {@code foreach} templates) is decoded into its arguments record exactly
 * as the controller would (types, defaults, the component's own validation). What a block reads
 * from other components comes from {@link StandInExports}: real types, zero values; errors inside
 * attributes that read such values are dropped, since the real values are only known when the
 * components run (receivers excepted: {@link StandInReads}). Every attribute that reads no other
 * component is also evaluated on its own. An attribute that comes out as the empty string because a
 * {@code sys.env} variable the environment does not set is an error in strict mode
 * ({@code validate --env-file}): it is the mistake env files exist to catch; {@code run} uses the
 * lenient mode, since Alloy accepts empty values. Stateless.
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
        Map<String, Value> globals = Stdlib.globals(env);
        Map<SourceFile, ParseResult> files = new LinkedHashMap<>();
        List<BlockStmt> topLevel = new ArrayList<>();
        for (SourceFile sf : source.files()) {
            ParseResult parsed = Parser.parse(sf);
            if (parsed.diagnostics().hasErrors()) {
                return parsed.diagnostics();
            }
            files.put(sf, parsed);
            topLevel.addAll(blocks(parsed.file().body()));
        }
        List<Diagnostic> out = new ArrayList<>();
        files.forEach((sf, parsed) -> checkBody(new Evaluator(sf), parsed.file().body(), topLevel, globals, isSet, out));
        return new Diagnostics(out);
    }

    /**
     * Checks the components of {@code body}, which sees the components {@code visible}; then those
     * in {@code declare} bodies (which see only their own) and {@code foreach} templates (which
     * also see the enclosing ones). What reads arguments or the loop variable is not checked.
     */
    private void checkBody(Evaluator eval, List<Stmt> body, List<BlockStmt> visible, Map<String, Value> globals,
                           Predicate<String> isSet, List<Diagnostic> out) {
        Scope scope = Scope.root(globals);
        Scope withComponents = StandInExports.scope(visible, registry, globals);
        for (BlockStmt b : blocks(body)) {
            switch (b.fullName()) {
                case "declare" -> checkBody(eval, b.body(), blocks(b.body()), globals, isSet, out);
                case "foreach" -> {
                    for (BlockStmt template : blocks(b.body())) {
                        if (template.fullName().equals("template")) {
                            List<BlockStmt> seen = new ArrayList<>(visible);
                            seen.addAll(blocks(template.body()));
                            checkBody(eval, template.body(), seen, globals, isSet, out);
                        }
                    }
                }
                default -> registry.get(b.fullName())
                        .ifPresent(p -> checkComponent(b, p, eval, scope, withComponents, isSet, strict, out));
            }
        }
    }

    private static List<BlockStmt> blocks(List<Stmt> body) {
        List<BlockStmt> out = new ArrayList<>();
        for (Stmt s : body) {
            if (s instanceof BlockStmt b) {
                out.add(b);
            }
        }
        return out;
    }

    private static void checkComponent(BlockStmt block, ComponentProvider<?, ?> provider, Evaluator eval, Scope scope,
                                       Scope withComponents, Predicate<String> env, boolean strict, List<Diagnostic> out) {
        List<AttributeStmt> attributes = new ArrayList<>();
        collect(block.body(), attributes);
        List<AttributeStmt> reading = attributes.stream().filter(a -> !readsOnly(a, scope))
                .filter(a -> !StandInReads.onlyReceivers(a.value(), eval, scope, withComponents)).toList();
        int before = out.size();
        try {
            new Decoder(eval).decodeBody(block.body(), block, provider.argumentsType(), withComponents);
        } catch (Diagnostics d) {
            for (Diagnostic diag : d.list()) {
                if (reading.stream().noneMatch(a -> within(diag, a))) {
                    out.add(diag);
                }
            }
        } catch (RuntimeException e) {
            if (reading.isEmpty()) { // otherwise it may be a stand-in value tripping the component's own check
                SourceFile sf = eval.source();
                out.add(Diagnostic.error(sf.position(block.namePos()), sf.position(block.lCurly()),
                        "Failed to build component: " + e.getMessage()));
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

    /** Whether {@code d} starts inside {@code a} (its name through its value). */
    private static boolean within(Diagnostic d, AttributeStmt a) {
        int at = d.start().offset();
        return at >= a.start() && at < a.end();
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
