package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.runtime.controller.internal.check.SourceBlock;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code foreach} block: one module per item of its collection, each running the template with
 * the item bound to {@code var}. Children are keyed by Alloy's ids ({@code foreach_<item>_<n>}) so
 * unchanged items keep their running components across evaluations and reloads.
 */
final class ForeachNode implements LoaderNode {
    private final String id;
    private final SourceBlock block;
    private final Map<String, GraphLoader> children;
    private BlockStmt loadedTemplate;
    private boolean metricsEnabled;

    ForeachNode(String id, SourceBlock block, ForeachNode previous) {
        this.id = id;
        this.block = block;
        this.children = previous == null ? new LinkedHashMap<>() : previous.children;
        this.loadedTemplate = previous == null ? null : previous.loadedTemplate;
        this.metricsEnabled = previous != null && previous.metricsEnabled;
    }

    /** Whether the running children publish their metrics ({@code enable_metrics}). */
    boolean metricsEnabled() {
        return metricsEnabled;
    }

    void setMetricsEnabled(boolean enabled) {
        metricsEnabled = enabled;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public SourceBlock block() {
        return block;
    }

    /** The running children by id; the evaluation replaces its content. */
    Map<String, GraphLoader> children() {
        return children;
    }

    /** The template block, or null when the foreach has none. */
    BlockStmt template() {
        for (Stmt stmt : block.block().body()) {
            if (stmt instanceof BlockStmt b && b.fullName().equals("template")) {
                return b;
            }
        }
        return null;
    }

    /** The statements other than the template: the foreach's own arguments. */
    List<Stmt> argumentsBody() {
        List<Stmt> body = new ArrayList<>();
        for (Stmt stmt : block.block().body()) {
            if (!(stmt instanceof BlockStmt b && b.fullName().equals("template"))) {
                body.add(stmt);
            }
        }
        return body;
    }

    /** Whether the children run the current template. */
    boolean templateLoaded() {
        return template() != null && template().equals(loadedTemplate);
    }

    void loaded() {
        loadedTemplate = template();
    }
}
