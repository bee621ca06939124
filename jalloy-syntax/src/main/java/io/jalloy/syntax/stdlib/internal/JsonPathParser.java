package io.jalloy.syntax.stdlib.internal;

import io.jalloy.syntax.value.BoolValue;
import io.jalloy.syntax.value.NullValue;
import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Parses ojg-style JSONPath text into steps, and filter text into expressions. */
final class JsonPathParser {
    private final String src;
    private int pos;

    JsonPathParser(String src) {
        this.src = src;
    }

    private JsonPath.PathException error(String what) {
        return new JsonPath.PathException(what + " at " + (pos + 1) + " in " + src);
    }

    JsonPath parse() throws JsonPath.PathException {
        JsonPath p = path(false);
        if (pos < src.length()) {
            throw error("invalid path");
        }
        return p;
    }

    private char cur() {
        return pos < src.length() ? src.charAt(pos) : '\0';
    }

    /** A path; inside a filter it ends at the first character that cannot continue it. */
    private JsonPath path(boolean inFilter) throws JsonPath.PathException {
        List<JsonPathStep> steps = new ArrayList<>();
        if (cur() == '$') {
            steps.add(new JsonPathStep.Root());
            pos++;
        } else if (cur() == '@') {
            steps.add(new JsonPathStep.Current());
            pos++;
        } else if (!inFilter && pos < src.length() && cur() != '.' && cur() != '[') {
            steps.add(new JsonPathStep.Keys(List.of(name())));
        }
        while (pos < src.length()) {
            char c = cur();
            if (c == '.') {
                pos++;
                if (cur() == '.') {
                    pos++;
                    steps.add(new JsonPathStep.Descent());
                    if (cur() == '[' || pos >= src.length()) {
                        continue;
                    }
                }
                if (cur() == '*') {
                    pos++;
                    steps.add(new JsonPathStep.Wildcard());
                } else {
                    String n = name();
                    if (n.isEmpty()) {
                        throw error("expected a name");
                    }
                    steps.add(new JsonPathStep.Keys(List.of(n)));
                }
            } else if (c == '[') {
                pos++;
                steps.add(bracket());
            } else if (inFilter) {
                break;
            } else {
                throw error("invalid path");
            }
        }
        return new JsonPath(steps);
    }

    private String name() {
        int start = pos;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '.' || c == '[' || c == ']' || c == ' ' || c == ')' || c == '(' || c == '='
                    || c == '!' || c == '<' || c == '>' || c == '&' || c == '|' || c == ',') {
                break;
            }
            pos++;
        }
        return src.substring(start, pos);
    }

    private void spaces() {
        while (cur() == ' ' || cur() == '\t') {
            pos++;
        }
    }

    private void expect(char c) throws JsonPath.PathException {
        spaces();
        if (cur() != c) {
            throw error(pos >= src.length() ? "not terminated" : "expected '" + c + "'");
        }
        pos++;
    }

    private JsonPathStep bracket() throws JsonPath.PathException {
        spaces();
        char c = cur();
        if (c == '*') {
            pos++;
            expect(']');
            return new JsonPathStep.Wildcard();
        }
        if (c == '?') {
            pos++;
            // Both [?(expr)] and the newer [?expr]: a parenthesised expression is a group.
            JsonPathExpr e = or();
            expect(']');
            return new JsonPathStep.Filter(e);
        }
        if (c == ':') {
            return slice(null);
        }
        List<Object> items = new ArrayList<>();
        while (true) {
            spaces();
            if (cur() == '\'' || cur() == '"') {
                items.add(quoted());
            } else {
                int n = integer();
                spaces();
                if (items.isEmpty() && cur() == ':') {
                    return slice(n);
                }
                items.add(n);
            }
            spaces();
            if (cur() == ',') {
                pos++;
                continue;
            }
            expect(']');
            if (items.size() == 1 && items.get(0) instanceof String key) {
                return new JsonPathStep.Keys(List.of(key));
            }
            return new JsonPathStep.Union(items);
        }
    }

    /** The rest of {@code [start:end:step]}; pos is on the first colon. */
    private JsonPathStep slice(Integer start) throws JsonPath.PathException {
        pos++;
        spaces();
        Integer end = cur() == ':' || cur() == ']' ? null : integer();
        int step = 1;
        spaces();
        if (cur() == ':') {
            pos++;
            spaces();
            if (cur() != ']') {
                step = integer();
            }
        }
        expect(']');
        return new JsonPathStep.Slice(start, end, step);
    }

    private int integer() throws JsonPath.PathException {
        int start = pos;
        if (cur() == '-') {
            pos++;
        }
        while (cur() >= '0' && cur() <= '9') {
            pos++;
        }
        try {
            return Integer.parseInt(src.substring(start, pos));
        } catch (NumberFormatException e) {
            pos = start;
            throw error("invalid bracket fragment");
        }
    }

    private String quoted() throws JsonPath.PathException {
        char q = cur();
        pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < src.length() && cur() != q) {
            if (cur() == '\\' && pos + 1 < src.length()) {
                pos++;
            }
            sb.append(cur());
            pos++;
        }
        if (pos >= src.length()) {
            throw error("not terminated");
        }
        pos++;
        return sb.toString();
    }

    private JsonPathExpr or() throws JsonPath.PathException {
        JsonPathExpr left = and();
        while (lookingAt("||")) {
            pos += 2;
            left = new JsonPathExpr.Or(left, and());
        }
        return left;
    }

    private JsonPathExpr and() throws JsonPath.PathException {
        JsonPathExpr left = comparison();
        while (lookingAt("&&")) {
            pos += 2;
            left = new JsonPathExpr.And(left, comparison());
        }
        return left;
    }

    private boolean lookingAt(String op) {
        spaces();
        return src.startsWith(op, pos);
    }

    private JsonPathExpr comparison() throws JsonPath.PathException {
        JsonPathExpr left = unary();
        spaces();
        for (String op : new String[] {"==", "!=", "<=", ">=", "=~", "<", ">"}) {
            if (src.startsWith(op, pos)) {
                pos += op.length();
                spaces();
                if (op.equals("=~")) {
                    return new JsonPathExpr.Matches(left, regex());
                }
                return new JsonPathExpr.Compare(op, left, unary());
            }
        }
        return left;
    }

    private Pattern regex() throws JsonPath.PathException {
        char open = cur();
        if (open != '/' && open != '\'' && open != '"') {
            throw error("expected a regular expression");
        }
        String text = open == '/' ? delimited('/') : quoted();
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            throw error("invalid regular expression");
        }
    }

    private String delimited(char d) throws JsonPath.PathException {
        pos++;
        int start = pos;
        while (pos < src.length() && cur() != d) {
            pos++;
        }
        if (pos >= src.length()) {
            throw error("not terminated");
        }
        return src.substring(start, pos++);
    }

    private JsonPathExpr unary() throws JsonPath.PathException {
        spaces();
        char c = cur();
        if (c == '!') {
            pos++;
            return new JsonPathExpr.Not(unary());
        }
        if (c == '(') {
            pos++;
            JsonPathExpr e = or();
            expect(')');
            return e;
        }
        if (c == '@' || c == '$') {
            return new JsonPathExpr.PathRef(path(true));
        }
        if (c == '\'' || c == '"') {
            return new JsonPathExpr.Literal(StringValue.of(quoted()));
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            return new JsonPathExpr.Literal(number());
        }
        for (var lit : new Object[][] {{"true", BoolValue.TRUE}, {"false", BoolValue.FALSE}, {"null", NullValue.INSTANCE}}) {
            if (src.startsWith((String) lit[0], pos)) {
                pos += ((String) lit[0]).length();
                return new JsonPathExpr.Literal((Value) lit[1]);
            }
        }
        throw error(pos >= src.length() ? "not terminated" : "invalid filter");
    }

    private Value number() throws JsonPath.PathException {
        int start = pos;
        if (cur() == '-') {
            pos++;
        }
        boolean integral = true;
        while (pos < src.length() && (Character.isDigit(cur()) || cur() == '.' || cur() == 'e' || cur() == 'E'
                || ((cur() == '+' || cur() == '-') && (src.charAt(pos - 1) == 'e' || src.charAt(pos - 1) == 'E')))) {
            if (!Character.isDigit(cur())) {
                integral = false;
            }
            pos++;
        }
        String text = src.substring(start, pos);
        try {
            return integral ? NumberValue.ofInt(Long.parseLong(text)) : NumberValue.ofFloat(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            throw error("invalid number");
        }
    }
}
