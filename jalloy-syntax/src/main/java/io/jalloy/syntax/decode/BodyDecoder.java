package io.jalloy.syntax.decode;

import io.jalloy.syntax.ast.AttributeStmt;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.Node;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.decode.internal.DecodeFailure;
import io.jalloy.syntax.decode.internal.EnumMember;
import io.jalloy.syntax.decode.internal.RecordSchema;
import io.jalloy.syntax.decode.internal.RecordState;
import io.jalloy.syntax.decode.internal.Slot;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import io.jalloy.syntax.vm.Evaluator;
import io.jalloy.syntax.vm.Scope;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One decoding of a block body into a record, collecting every problem (as Alloy's validator
 * does) rather than stopping at the first: unknown names, duplicates, wrong kinds, values of the
 * wrong type, then missing required attributes and blocks. Used by one thread, once.
 */
final class BodyDecoder {
    private final Evaluator evaluator;
    private final SourceFile source;
    private final Scope scope;
    private final List<Diagnostic> diags = new ArrayList<>();

    BodyDecoder(Evaluator evaluator, Scope scope) {
        this.evaluator = evaluator;
        this.source = evaluator.source();
        this.scope = scope;
    }

    /** Throws the collected diagnostics, if there are any errors. */
    void finish() throws Diagnostics {
        Diagnostics d = new Diagnostics(diags);
        if (d.hasErrors()) {
            throw d;
        }
    }

    /** Decodes a block, checking its label against the record's {@link Label}; null after an error. */
    Object block(BlockStmt block, Class<?> type) {
        RecordSchema schema = RecordSchema.of(type);
        String name = block.fullName();
        if (schema.hasLabel() && block.label() == null) {
            labelError(block, "block \"" + name + "\" requires non-empty label");
            return null;
        }
        if (!schema.hasLabel() && block.label() != null) {
            labelError(block, "block \"" + name + "\" does not support specifying labels");
            return null;
        }
        return body(block.body(), block, type, block.label());
    }

    /** Decodes statements into a record; {@code enclosing} (may be null) places missing-field errors. */
    Object body(List<Stmt> body, Node enclosing, Class<?> type, String label) {
        RecordSchema schema = RecordSchema.of(type);
        RecordState state = new RecordState(schema);
        if (label != null && schema.hasLabel()) {
            state.setLabel(label);
        }
        int errorsBefore = diags.size();
        Map<String, Integer> blockCounts = new HashMap<>();
        for (Stmt stmt : body) {
            if (stmt instanceof BlockStmt b) {
                blockCounts.merge(b.fullName(), 1, Integer::sum);
            }
        }
        boolean[] seen = new boolean[schema.slots().size()];
        for (Stmt stmt : body) {
            switch (stmt) {
                case AttributeStmt attr -> attribute(schema, state, seen, attr);
                case BlockStmt b -> nestedBlock(schema, state, seen, b, blockCounts.get(b.fullName()));
            }
        }
        for (Slot slot : schema.slots()) {
            if (slot.optional() || seen[slot.id()] || slot.kind() == Slot.Kind.ENUM) {
                continue;
            }
            String what = slot.kind() == Slot.Kind.ATTR ? "attribute" : "block";
            error(enclosing, "missing required " + what + " \"" + slot.name() + "\"");
        }
        if (diags.size() > errorsBefore) {
            return null;
        }
        try {
            Object built = state.build();
            if (built instanceof Validating v) {
                v.validate();
            }
            return built;
        } catch (InvocationTargetException e) {
            error(enclosing, String.valueOf(e.getCause().getMessage()));
        } catch (ValueException e) {
            error(enclosing, e.getMessage());
        }
        return null;
    }

    private void attribute(RecordSchema schema, RecordState state, boolean[] seen, AttributeStmt attr) {
        String name = attr.name().name();
        Slot slot = schema.slot(name);
        if (slot == null) {
            error(attr, "unrecognized attribute name \"" + name + "\"");
            return;
        }
        if (slot.kind() != Slot.Kind.ATTR) {
            error(attr, "\"" + name + "\" must be a block, but is used as an attribute");
            return;
        }
        if (seen[slot.id()]) {
            error(attr, "attribute \"" + name + "\" may only be provided once");
            return;
        }
        seen[slot.id()] = true;
        Value v;
        try {
            v = evaluator.evaluate(attr.value(), scope);
        } catch (Diagnostics d) {
            diags.addAll(d.list());
            return;
        }
        try {
            state.set(slot, slot.valueCodec().decodeOrZero(v));
        } catch (DecodeFailure f) {
            diags.add(FailurePlacement.at(source, attr.value(), f));
        }
    }

    private void nestedBlock(RecordSchema schema, RecordState state, boolean[] seen, BlockStmt block, int count) {
        String name = block.fullName();
        EnumMember member = schema.enumMember(name);
        if (member != null) {
            enumBlock(state, seen, block, member);
            return;
        }
        Slot slot = schema.slot(name);
        if (slot == null || slot.kind() == Slot.Kind.ENUM) {
            error(block, "unrecognized block name \"" + name + "\"");
            return;
        }
        if (slot.kind() == Slot.Kind.ATTR) {
            error(block, "\"" + name + "\" must be an attribute, but is used as a block");
            return;
        }
        seen[slot.id()] = true;
        switch (slot.shape()) {
            case SINGLE, OPTIONAL -> {
                if (count > 1) {
                    error(block, "block \"" + name + "\" may only be specified once");
                    return;
                }
                Object decoded = block(block, slot.element());
                state.set(slot, slot.shape() == Slot.Shape.OPTIONAL ? Optional.ofNullable(decoded) : decoded);
            }
            case LIST -> state.append(slot, block(block, slot.element()));
            default -> mapBlock(state, slot, block);
        }
    }

    private void enumBlock(RecordState state, boolean[] seen, BlockStmt block, EnumMember member) {
        seen[member.slot().id()] = true;
        Object decoded = block(block, member.type());
        RecordState element = new RecordState(RecordSchema.of(member.slot().element()));
        element.setComponent(member.component(), decoded);
        try {
            state.append(member.slot(), element.build());
        } catch (InvocationTargetException e) {
            error(block, String.valueOf(e.getCause().getMessage()));
        }
    }

    // A block of free-form attributes (Map or Value): Alloy's map blocks take no label.
    private void mapBlock(RecordState state, Slot slot, BlockStmt block) {
        if (block.label() != null) {
            labelError(block, "block \"" + block.fullName() + "\" requires empty label");
            return;
        }
        ObjectValue obj;
        try {
            obj = evaluator.evaluateBody(block.body(), scope);
        } catch (Diagnostics d) {
            diags.addAll(d.list());
            return;
        }
        try {
            state.set(slot, slot.valueCodec().decodeOrZero(obj));
        } catch (DecodeFailure f) {
            diags.add(FailurePlacement.inBody(source, block, f));
        }
    }

    private void labelError(BlockStmt block, String message) {
        diags.add(Diagnostic.error(source.position(block.namePos()), source.position(block.lCurly()), message));
    }

    private void error(Node node, String message) {
        if (node == null) {
            diags.add(Diagnostic.error(source.position(SourceFile.NO_POS), null, message));
            return;
        }
        diags.add(Diagnostic.error(source.position(node.start()),
                source.position(Math.max(node.start(), node.end() - 1)), message));
    }
}
