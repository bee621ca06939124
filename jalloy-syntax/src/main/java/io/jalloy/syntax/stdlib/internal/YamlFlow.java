package io.jalloy.syntax.stdlib.internal;

import io.jalloy.syntax.value.ArrayValue;
import io.jalloy.syntax.value.NullValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** YAML flow collections ({@code [a, b]}, {@code {k: v}}), which may span lines and nest. */
final class YamlFlow {
    private final YamlCursor c;
    private final YamlAnchors anchors;

    YamlFlow(YamlCursor c, YamlAnchors anchors) {
        this.c = c;
        this.anchors = anchors;
    }

    private void skipSpace() {
        while (!c.atEnd()) {
            char ch = c.cur();
            if (ch == ' ' || ch == '\t' || ch == '\n') {
                c.pos++;
            } else if (ch == '#' && (c.pos == 0 || c.blankOrEnd(c.pos - 1))) {
                c.skipRestOfLine();
            } else {
                return;
            }
        }
    }

    Value node() throws YamlReader.YamlException {
        skipSpace();
        String anchor = null;
        String tag = null;
        while (c.cur() == '&' || c.cur() == '!') {
            String property = c.property();
            if (property.charAt(0) == '&') {
                anchor = property.substring(1);
            } else {
                tag = property;
            }
            skipSpace();
        }
        Value v = switch (c.cur()) {
            case '[' -> sequence();
            case '{' -> mapping();
            case '"' -> StringValue.of(c.doubleQuoted());
            case '\'' -> StringValue.of(c.singleQuoted());
            case '*' -> anchors.alias(c);
            default -> plain();
        };
        v = YamlReader.applyTag(tag, v);
        if (anchor != null) {
            anchors.define(anchor, v);
        }
        return v;
    }

    private Value plain() throws YamlReader.YamlException {
        if (c.atEnd()) {
            throw c.parserError(c.pos, c.pos, "did not find expected node content");
        }
        StringBuilder sb = new StringBuilder(c.plainLine(true));
        while (true) {
            int save = c.pos;
            c.skipInlineSpace();
            int breaks = 0;
            while (c.cur() == '\n') {
                breaks++;
                c.pos++;
                c.skipInlineSpace();
            }
            char ch = c.cur();
            if (breaks == 0 || c.atEnd() || ch == '#' || YamlCursor.isFlowIndicator(ch)
                    || (ch == ':' && (c.blankOrEnd(c.pos + 1) || YamlCursor.isFlowIndicator(c.at(c.pos + 1))))) {
                c.pos = save;
                break;
            }
            sb.append(breaks == 1 ? " " : "\n".repeat(breaks - 1)).append(c.plainLine(true));
        }
        if (sb.isEmpty()) {
            throw c.parserError(c.pos, c.pos, "did not find expected node content");
        }
        return YamlScalars.resolvePlain(sb.toString());
    }

    private boolean atValueIndicator() {
        return c.cur() == ':' && (c.blankOrEnd(c.pos + 1) || YamlCursor.isFlowIndicator(c.at(c.pos + 1))
                || c.at(c.pos - 1) == '"' || c.at(c.pos - 1) == '\'');
    }

    private Value sequence() throws YamlReader.YamlException {
        int start = c.pos++;
        List<Value> items = new ArrayList<>();
        while (true) {
            skipSpace();
            if (c.cur() == ']') {
                c.pos++;
                return new ArrayValue(items);
            }
            if (c.atEnd()) {
                throw c.parserError(start, c.pos, "did not find expected ',' or ']'");
            }
            Value item = node();
            skipSpace();
            if (atValueIndicator()) {
                c.pos++;
                skipSpace();
                Value v = c.cur() == ',' || c.cur() == ']' ? NullValue.INSTANCE : node();
                Map<String, Value> pair = new TreeMap<>();
                pair.put(YamlReader.keyText(item), v);
                item = new ObjectValue(pair);
                skipSpace();
            }
            items.add(item);
            if (c.cur() == ',') {
                c.pos++;
            } else if (c.cur() != ']') {
                throw c.parserError(start, c.pos, "did not find expected ',' or ']'");
            }
        }
    }

    private Value mapping() throws YamlReader.YamlException {
        int start = c.pos++;
        Map<String, Value> fields = new TreeMap<>();
        while (true) {
            skipSpace();
            if (c.cur() == '}') {
                c.pos++;
                return new ObjectValue(fields);
            }
            if (c.atEnd()) {
                throw c.parserError(start, c.pos, "did not find expected ',' or '}'");
            }
            Value key = node();
            skipSpace();
            Value value = NullValue.INSTANCE;
            if (atValueIndicator()) {
                c.pos++;
                skipSpace();
                if (c.cur() != ',' && c.cur() != '}') {
                    value = node();
                }
                skipSpace();
            }
            fields.put(YamlReader.keyText(key), value);
            if (c.cur() == ',') {
                c.pos++;
            } else if (c.cur() != '}') {
                throw c.parserError(start, c.pos, "did not find expected ',' or '}'");
            }
        }
    }
}
