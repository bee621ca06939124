package io.jalloy.cli.docexamples;

import io.jalloy.component.ComponentProvider;
import io.jalloy.component.Stability;
import io.jalloy.runtime.registry.ComponentRegistry;
import io.jalloy.syntax.ast.AttributeStmt;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.LiteralExpr;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.scanner.Literals;
import io.jalloy.syntax.stdlib.Stdlib;
import io.jalloy.syntax.token.SourceFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A documentation block made into a config that validates on its own: the block (or, when it sits
 * inside a {@code declare} or {@code foreach}, that whole top-level statement, which defines the
 * {@code argument}s and loop variable it reads), then one minimal component per component it
 * refers to without defining, and placeholder values for the environment variables it reads.
 * Components Jalloy implements get a real minimal body ({@link StubBodies}); others a
 * {@link PlaceholderComponent}. Anything that cannot be resolved is listed in {@link #problems}.
 *
 * @param config the config text
 * @param env the environment file's variables
 * @param level the stability level the config's components need (from Alloy's COMPONENTS.tsv)
 * @param stubs the components added, as {@code stub:kind.label} (a real component) or
 *     {@code placeholder:kind.label} (a {@link PlaceholderComponent})
 * @param problems references that could not be made to resolve; the case fails when any
 */
record StandAloneConfig(String config, Map<String, String> env, Stability level, List<String> stubs,
                        List<String> problems) {

    /** The stand-alone config for {@code block}, which is, or is inside, {@code topLevel} of {@code src}. */
    static StandAloneConfig of(SourceFile src, Stmt topLevel, BlockStmt block, AlloyComponents kinds,
                               ComponentRegistry registry) {
        Set<String> defined = new HashSet<>();
        Set<String> loopVars = new HashSet<>();
        Set<String> used = new LinkedHashSet<>();
        definitions(topLevel, kinds, defined, loopVars, used);
        ConfigReferences refs = ConfigReferences.of(List.of(topLevel));
        Set<String> globals = Stdlib.globals().keySet();
        Map<String, Set<String>> missing = new LinkedHashMap<>(); // kind.label -> indexed keys
        Map<String, String> missingKind = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (ConfigReferences.Chain c : refs.chains) {
            String first = c.names().getFirst();
            if (globals.contains(first) || loopVars.contains(first) || first.equals("argument")) {
                continue;
            }
            Optional<String> kind = kinds.longestPrefix(c.names());
            if (kind.isEmpty() || kind.get().split("\\.").length >= c.names().size()) {
                problems.add("unresolved reference " + String.join(".", c.names()));
                continue;
            }
            String label = c.names().get(kind.get().split("\\.").length);
            String id = kind.get() + "." + label;
            if (defined.contains(id)) {
                continue;
            }
            missingKind.put(id, kind.get());
            Set<String> keys = missing.computeIfAbsent(id, k -> new LinkedHashSet<>());
            if (c.key() != null) {
                keys.add(c.key());
            }
        }
        StringBuilder config = new StringBuilder(src.text(topLevel.start(), topLevel.end())).append('\n');
        List<String> stubs = new ArrayList<>();
        missing.forEach((id, keys) -> {
            String kind = missingKind.get(id);
            String label = id.substring(kind.length() + 1);
            Optional<ComponentProvider<?, ?>> provider = registry.get(kind);
            String body;
            if (provider.isEmpty()) {
                problems.add("no component or placeholder for " + kind + " (referenced as " + id + ")");
                return;
            } else if (provider.get() instanceof PlaceholderComponent) {
                body = keys.isEmpty() ? "" : "data = {" + String.join(", ", keys.stream()
                        .map(k -> Literals.quote(k) + " = \"placeholder\"").toList()) + "}";
                stubs.add("placeholder:" + id);
            } else {
                body = StubBodies.of(kind);
                if (body == null) {
                    problems.add("no stub body for " + kind + " (referenced as " + id + ")");
                    return;
                }
                stubs.add("stub:" + id);
            }
            used.add(kind);
            config.append('\n').append(kind).append(" \"").append(label).append("\" {\n");
            if (!body.isEmpty()) {
                config.append("  ").append(body).append('\n');
            }
            config.append("}\n");
        });
        Map<String, String> env = new LinkedHashMap<>();
        for (String v : refs.envVars) {
            env.put(v, placeholderValue(v));
        }
        // foreach (and the stdlib functions its examples use) is experimental in Alloy.
        Stability level = used.contains("foreach") ? Stability.EXPERIMENTAL : Stability.GENERALLY_AVAILABLE;
        for (String kind : used) {
            Stability s = kinds.stability(kind);
            if (s != null && s.ordinal() < level.ordinal()) {
                level = s;
            }
        }
        return new StandAloneConfig(config.toString(), env, level, stubs, problems);
    }

    /** A URL for variables named like one (the docs' endpoints), a plain word otherwise. */
    static String placeholderValue(String variable) {
        String upper = variable.toUpperCase(java.util.Locale.ROOT);
        return upper.contains("URL") || upper.contains("ENDPOINT") ? "http://127.0.0.1:1/placeholder" : "placeholder";
    }

    /** Collects the components {@code s} defines (kind.label), the foreach loop variables, and the kinds used. */
    private static void definitions(Stmt s, AlloyComponents kinds, Set<String> defined, Set<String> loopVars,
                                    Set<String> used) {
        if (!(s instanceof BlockStmt b)) {
            return;
        }
        String name = b.fullName();
        if (kinds.contains(name)) {
            used.add(name);
            if (b.label() != null) {
                defined.add(name + "." + b.label());
            }
        }
        if (name.equals("foreach")) {
            used.add(name);
            for (Stmt inner : b.body()) {
                if (inner instanceof AttributeStmt a && a.name().name().equals("var") && a.value() instanceof LiteralExpr l) {
                    loopVars.add(Literals.unquote(l.value()));
                }
            }
        }
        for (Stmt inner : b.body()) {
            definitions(inner, kinds, defined, loopVars, used);
        }
    }
}
