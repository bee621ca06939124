package io.jalloy.syntax.stdlib.internal;

import io.jalloy.syntax.value.ArrayValue;
import io.jalloy.syntax.value.NullValue;
import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.Values;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A YAML parser producing Alloy values as {@code yaml.Unmarshal} into an interface{} would, then
 * converted by Alloy: only the first document counts, mappings come out with sorted keys, anchors,
 * aliases and {@code <<} merges resolve, and plain scalars resolve per {@link YamlScalars}.
 * Covers block and flow collections and every scalar style; complex ({@code ?}) keys are not
 * supported.
 */
public final class YamlReader {
    private final YamlCursor c;
    private final YamlAnchors anchors = new YamlAnchors();

    private YamlReader(String src) {
        this.c = new YamlCursor(src);
    }

    /** A YAML error, its message as yaml.v3 prints it. */
    public static final class YamlException extends Exception {
        public YamlException(String message) {
            super(message, null, false, false);
        }
    }

    public static Value parse(String text) throws YamlException {
        String src = text.replace("\r\n", "\n").replace('\r', '\n');
        if (src.startsWith("\uFEFF")) {
            src = src.substring(1);
        }
        return new YamlReader(src).document();
    }

    private Value document() throws YamlException {
        while (true) {
            if (!c.skipToContent()) {
                break;
            }
            if (c.col(c.pos) == 0 && c.cur() == '%') {
                c.skipRestOfLine();
                continue;
            }
            break;
        }
        if (c.atEnd()) {
            return NullValue.INSTANCE;
        }
        if (c.src.startsWith("...", c.pos) && c.isDocMarker(c.pos)) {
            return NullValue.INSTANCE;
        }
        Value v;
        if (c.src.startsWith("---", c.pos) && c.isDocMarker(c.pos)) {
            c.pos += 3;
            c.skipInlineSpace();
            v = c.atLineEnd() ? blockValue(-1, false) : node(-1, true);
        } else {
            v = blockValue(-1, false);
        }
        if (c.skipToContent()) {
            throw c.parserError(0, c.pos, "did not find expected <document start>");
        }
        return v;
    }

    /** The node on the following lines when indented past {@code parent}, else null. */
    private Value blockValue(int parent, boolean seqAtParent) throws YamlException {
        if (!c.skipToContent()) {
            return NullValue.INSTANCE;
        }
        int col = c.col(c.pos);
        if (col > parent || (seqAtParent && col == parent && isSeqEntry())) {
            return node(parent, true);
        }
        return NullValue.INSTANCE;
    }

    private boolean isSeqEntry() {
        return c.cur() == '-' && c.blankOrEnd(c.pos + 1);
    }

    /**
     * The node starting at the current character. {@code allowMapping} is false for a value on
     * its key's line, where another "key: value" is an error.
     */
    private Value node(int parent, boolean allowMapping) throws YamlException {
        String anchor = null;
        String tag = null;
        while (c.cur() == '&' || c.cur() == '!') {
            String property = c.property();
            if (property.charAt(0) == '&') {
                anchor = property.substring(1);
            } else {
                tag = property;
            }
            c.skipInlineSpace();
        }
        Value v;
        if ("!!str".equals(tag) && !c.atLineEnd() && "\"'[{|>*-".indexOf(c.cur()) < 0) {
            // An explicit string tag keeps a plain scalar's text as written ("!!str 0x10").
            v = StringValue.of(plainContinuation(c.plainLine(false), parent));
        } else if (anchor != null && c.atLineEnd()) {
            v = blockValue(parent, true);
        } else if (tag != null && c.atLineEnd()) {
            v = blockValue(parent, true);
        } else {
            v = content(parent, allowMapping);
        }
        v = applyTag(tag, v);
        if (anchor != null) {
            anchors.define(anchor, v);
        }
        return v;
    }

    private Value content(int parent, boolean allowMapping) throws YamlException {
        int col = c.col(c.pos);
        char ch = c.cur();
        if (ch == '-' && c.blankOrEnd(c.pos + 1)) {
            if (!allowMapping) {
                throw c.error("block sequence entries are not allowed in this context");
            }
            return sequence(col, col == parent);
        }
        if (ch == '[' || ch == '{') {
            Value v = new YamlFlow(c, anchors).node();
            return endOfLine(v);
        }
        if (ch == '|' || ch == '>') {
            return YamlBlockScalar.read(c, parent);
        }
        if (ch == '?' && c.blankOrEnd(c.pos + 1)) {
            throw c.error("complex mapping keys are not supported");
        }
        if (ch == '@' || ch == '`') {
            throw c.error("found character that cannot start any token");
        }
        int keyPos = c.pos;
        Value scalar;
        boolean plain = false;
        if (ch == '*') {
            scalar = anchors.alias(c);
        } else if (ch == '"') {
            scalar = StringValue.of(c.doubleQuoted());
        } else if (ch == '\'') {
            scalar = StringValue.of(c.singleQuoted());
        } else {
            plain = true;
            scalar = null;
        }
        String text = plain ? c.plainLine(false) : null;
        c.skipInlineSpace();
        if (c.cur() == ':' && c.blankOrEnd(c.pos + 1)) {
            if (!allowMapping) {
                throw c.error("mapping values are not allowed in this context");
            }
            return mapping(col, plain ? YamlScalars.resolvePlain(text) : scalar, keyPos);
        }
        if (!plain) {
            return endOfLine(scalar);
        }
        return YamlScalars.resolvePlain(plainContinuation(text, parent));
    }

    private Value endOfLine(Value v) throws YamlException {
        c.skipInlineSpace();
        if (!c.atLineEnd()) {
            throw c.parserError(c.pos, c.pos, "did not find expected key");
        }
        return v;
    }

    /** Folds the following more-indented lines into a plain scalar. */
    private String plainContinuation(String first, int parent) throws YamlException {
        StringBuilder sb = new StringBuilder(first);
        while (true) {
            int save = c.pos;
            c.skipInlineSpace();
            if (c.cur() == '#' || c.atEnd()) {
                c.pos = save;
                return sb.toString();
            }
            int breaks = 0;
            while (c.cur() == '\n') {
                breaks++;
                c.pos++;
                c.skipInlineSpace();
            }
            if (breaks == 0 || c.atEnd() || c.cur() == '#' || c.col(c.pos) <= parent || c.isDocMarker(c.pos)) {
                c.pos = save;
                return sb.toString();
            }
            String line = c.plainLine(false);
            if (c.cur() == ':' && c.blankOrEnd(c.pos + 1)) {
                throw c.error("mapping values are not allowed in this context");
            }
            sb.append(breaks == 1 ? " " : "\n".repeat(breaks - 1)).append(line);
        }
    }

    /** A block sequence at {@code col}; {@code ownedByMapping} when it is a mapping value at the key's column. */
    private Value sequence(int col, boolean ownedByMapping) throws YamlException {
        int start = c.pos;
        List<Value> items = new ArrayList<>();
        while (true) {
            c.pos++;
            c.skipInlineSpace();
            if (c.atLineEnd()) {
                items.add(blockValue(col, false));
            } else {
                items.add(node(col, true));
            }
            if (!c.skipToContent()) {
                break;
            }
            int next = c.col(c.pos);
            if (next < col || (next == col && !isSeqEntry() && ownedByMapping)) {
                break;
            }
            if (next > col || !isSeqEntry()) {
                throw c.parserError(start, c.pos, "did not find expected '-' indicator");
            }
        }
        return new ArrayValue(items);
    }

    private Value mapping(int col, Value firstKey, int firstKeyPos) throws YamlException {
        Map<String, Value> fields = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new HashMap<>();
        List<Value> merges = new ArrayList<>();
        Value key = firstKey;
        int keyPos = firstKeyPos;
        while (true) {
            c.pos++;
            c.skipInlineSpace();
            Value value = c.atLineEnd() ? blockValue(col, true) : node(col, false);
            if (key instanceof StringValue s && s.value().equals("<<") && isPlainMergeKey(keyPos)) {
                merges.add(value);
            } else {
                String k = keyText(key);
                Integer previous = keyLines.putIfAbsent(k, c.line(keyPos));
                if (previous != null) {
                    throw new YamlException("yaml: unmarshal errors:\n  line " + c.line(keyPos)
                            + ": mapping key \"" + k + "\" already defined at line " + previous);
                }
                fields.put(k, value);
            }
            if (!c.skipToContent()) {
                break;
            }
            int next = c.col(c.pos);
            if (next < col) {
                break;
            }
            if (next > col || isSeqEntry()) {
                throw c.parserError(firstKeyPos, c.pos, "did not find expected key");
            }
            keyPos = c.pos;
            key = mappingKey();
            c.skipInlineSpace();
            if (!(c.cur() == ':' && c.blankOrEnd(c.pos + 1))) {
                throw c.scannerError(keyPos, c.pos, "could not find expected ':'");
            }
        }
        Map<String, Value> sorted = new TreeMap<>();
        for (Value m : merges) {
            merge(sorted, m);
        }
        sorted.putAll(fields);
        return new ObjectValue(sorted);
    }

    private boolean isPlainMergeKey(int keyPos) {
        return c.src.startsWith("<<", keyPos);
    }

    private Value mappingKey() throws YamlException {
        char ch = c.cur();
        if (ch == '"') {
            return StringValue.of(c.doubleQuoted());
        }
        if (ch == '\'') {
            return StringValue.of(c.singleQuoted());
        }
        if (ch == '*') {
            return anchors.alias(c);
        }
        if (ch == '?' && c.blankOrEnd(c.pos + 1)) {
            throw c.error("complex mapping keys are not supported");
        }
        return YamlScalars.resolvePlain(c.plainLine(false));
    }

    private void merge(Map<String, Value> into, Value m) throws YamlException {
        if (m instanceof ObjectValue o) {
            into.putAll(o.fields());
        } else if (m instanceof ArrayValue a) {
            for (int i = a.size() - 1; i >= 0; i--) {
                if (!(a.get(i) instanceof ObjectValue o)) {
                    throw new YamlException("yaml: map merge requires map or sequence of maps as the value");
                }
                into.putAll(o.fields());
            }
        } else {
            throw new YamlException("yaml: map merge requires map or sequence of maps as the value");
        }
    }

    /** Keys of Go maps decoded from YAML print as Go's %v prints them. */
    static String keyText(Value key) {
        return switch (key) {
            case StringValue s -> s.value();
            case NullValue n -> "<nil>";
            case NumberValue n -> n.kind() == NumberValue.Kind.FLOAT
                    ? GoNumbers.formatFloat(n.floatValue(), 'g', -1)
                    : Values.numberToString(n);
            default -> key.toString();
        };
    }

    /** A {@code !!binary} scalar decodes from base64 (white space ignored) into a string. */
    private static Value binary(String text) throws YamlException {
        try {
            StringBuilder compact = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    compact.append(text.charAt(i));
                }
            }
            return StringValue.of(GoCodecs.fromBase64(compact.toString(), false));
        } catch (GoCodecs.DecodeException e) {
            throw new YamlException("yaml: !!binary value contains invalid base64 data");
        }
    }

    /** Applies the standard tags that change a decoded value; other tags leave it as it is. */
    static Value applyTag(String tag, Value v) throws YamlException {
        if (tag == null) {
            return v;
        }
        return switch (tag) {
            case "!!str" -> v instanceof StringValue || v instanceof ObjectValue || v instanceof ArrayValue
                    ? v : StringValue.of(v instanceof NullValue ? "" : keyText(v));
            case "!!int", "!!float", "!!bool", "!!null" -> v instanceof StringValue s ? YamlScalars.resolvePlain(s.value()) : v;
            case "!!binary" -> v instanceof StringValue s ? binary(s.value()) : v;
            default -> v;
        };
    }
}
