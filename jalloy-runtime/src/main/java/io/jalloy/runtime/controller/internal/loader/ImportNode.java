package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.runtime.controller.internal.check.SourceBlock;
import java.util.Map;

/**
 * An {@code import.string} or {@code import.file} block: evaluating it reads the module source
 * and keeps its declares, which custom components {@code label.name} then run. Nested imports,
 * {@code import.http}, {@code import.git} and watching files for changes are not supported yet.
 */
final class ImportNode implements LoaderNode {
    private final String id;
    private final SourceBlock block;
    private Map<String, SourceBlock> declares;
    private String content;

    ImportNode(String id, SourceBlock block, ImportNode previous) {
        this.id = id;
        this.block = block;
        this.declares = previous == null ? Map.of() : previous.declares;
        this.content = previous == null ? null : previous.content;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public SourceBlock block() {
        return block;
    }

    /** The imported declares by label, empty before the first successful evaluation. */
    Map<String, SourceBlock> declares() {
        return declares;
    }

    /** The text the declares were read from, null before any. */
    String content() {
        return content;
    }

    void setImported(String newContent, Map<String, SourceBlock> newDeclares) {
        this.content = newContent;
        this.declares = Map.copyOf(newDeclares);
    }
}
