package io.jalloy.loki.process.internal.template;

import io.jalloy.loki.process.internal.template.Node.Control;
import io.jalloy.loki.process.internal.template.Node.Field;
import io.jalloy.loki.process.internal.template.Node.Function;
import io.jalloy.loki.process.internal.template.Node.Literal;
import io.jalloy.loki.process.internal.template.Node.Operand;
import io.jalloy.loki.process.internal.template.Node.Pipeline;
import io.jalloy.loki.process.internal.template.Node.Sub;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Parses Go text/template syntax: {@code {{ }}} actions with trim markers, pipelines, if/else/range/with. */
final class TemplateParser {
    private final String src;
    private final Set<String> functions;
    private int pos;

    TemplateParser(String src, Set<String> functions) {
        this.src = src;
        this.functions = functions;
    }

    List<Node> parse() throws TemplateException {
        List<Node> nodes = new ArrayList<>();
        String end = list(nodes);
        if (end != null) {
            throw new TemplateException("template: :1: unexpected {{" + end + "}}");
        }
        return nodes;
    }

    // Parses nodes until {{end}} or {{else...}}; returns that keyword's action text, or null at the end of input.
    private String list(List<Node> out) throws TemplateException {
        while (pos < src.length()) {
            int open = src.indexOf("{{", pos);
            if (open < 0) {
                out.add(new Node.Text(src.substring(pos)));
                pos = src.length();
                break;
            }
            int textEnd = open;
            int inner = open + 2;
            if (src.startsWith("- ", inner) || src.startsWith("-\t", inner) || src.startsWith("-\n", inner)) {
                while (textEnd > pos && Character.isWhitespace(src.charAt(textEnd - 1))) {
                    textEnd--;
                }
                inner += 1;
            }
            if (textEnd > pos) {
                out.add(new Node.Text(src.substring(pos, textEnd)));
            }
            int close = findClose(inner);
            int after = close + 2;
            int actionEnd = close;
            if (close > inner && src.charAt(close - 1) == '-' && close - 2 >= inner
                    && Character.isWhitespace(src.charAt(close - 2))) {
                actionEnd = close - 1;
                while (after < src.length() && Character.isWhitespace(src.charAt(after))) {
                    after++;
                }
            }
            String action = src.substring(inner, actionEnd).trim();
            pos = after;
            if (action.startsWith("/*")) {
                continue;
            }
            String word = firstWord(action);
            switch (word) {
                case "end", "else" -> {
                    return action;
                }
                case "if", "with", "range" -> out.add(control(word, action.substring(word.length())));
                default -> out.add(new Node.Action(pipeline(action)));
            }
        }
        return null;
    }

    private Control control(String kind, String rest) throws TemplateException {
        Pipeline pipe = pipeline(rest.trim());
        List<Node> body = new ArrayList<>();
        String end = list(body);
        if (end == null) {
            throw new TemplateException("template: :1: unexpected EOF");
        }
        List<Node> elseBody = List.of();
        if (end.startsWith("else")) {
            String tail = end.substring(4).trim();
            List<Node> eb = new ArrayList<>();
            if (tail.startsWith("if ") || tail.startsWith("with ")) {
                // "else if x" is an else branch holding a nested "if x" that consumes the shared "end".
                String w = firstWord(tail);
                eb.add(control(w, tail.substring(w.length())));
                return new Control(kind, pipe, body, eb);
            }
            String end2 = list(eb);
            if (end2 == null || !end2.equals("end")) {
                throw new TemplateException("template: :1: expected end; found " + (end2 == null ? "EOF" : end2));
            }
            elseBody = eb;
        }
        return new Control(kind, pipe, body, elseBody);
    }

    private int findClose(int from) throws TemplateException {
        int i = from;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '"') {
                i++;
                while (i < src.length() && src.charAt(i) != '"') {
                    if (src.charAt(i) == '\\') {
                        i++;
                    }
                    i++;
                }
            } else if (c == '`') {
                i = src.indexOf('`', i + 1);
                if (i < 0) {
                    break;
                }
            } else if (src.startsWith("}}", i)) {
                return i;
            }
            i++;
        }
        throw new TemplateException("template: :1: unclosed action");
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }

    private Pipeline pipeline(String text) throws TemplateException {
        Lexer lx = new Lexer(text);
        Pipeline p = pipeline(lx);
        if (!lx.atEnd()) {
            throw new TemplateException("template: :1: unexpected \"" + lx.rest() + "\" in command");
        }
        return p;
    }

    private Pipeline pipeline(Lexer lx) throws TemplateException {
        String declare = null;
        lx.skip();
        int mark = lx.p;
        if (lx.peek() == '$') {
            String v = lx.variable();
            lx.skip();
            if (lx.consume(":=") || lx.consume("=")) {
                declare = v;
            } else {
                lx.p = mark;
            }
        }
        List<List<Operand>> commands = new ArrayList<>();
        while (true) {
            List<Operand> cmd = new ArrayList<>();
            while (true) {
                lx.skip();
                if (lx.atEnd() || lx.peek() == '|' || lx.peek() == ')') {
                    break;
                }
                cmd.add(operand(lx));
            }
            if (cmd.isEmpty()) {
                throw new TemplateException("template: :1: missing value for command");
            }
            commands.add(cmd);
            lx.skip();
            if (lx.peek() == '|') {
                lx.p++;
                continue;
            }
            break;
        }
        return new Pipeline(declare, commands);
    }

    private Operand operand(Lexer lx) throws TemplateException {
        char c = lx.peek();
        if (c == '(') {
            lx.p++;
            Pipeline p = pipeline(lx);
            lx.skip();
            if (lx.peek() != ')') {
                throw new TemplateException("template: :1: unclosed left paren");
            }
            lx.p++;
            return fieldChain(lx, new Sub(p));
        }
        if (c == '.') {
            return new Field(null, lx.path());
        }
        if (c == '$') {
            String v = lx.variable();
            return new Field(v, lx.peek() == '.' ? lx.path() : List.of());
        }
        if (c == '"' || c == '`') {
            return new Literal(lx.string());
        }
        if (c == '\'') {
            return new Literal(lx.charLiteral());
        }
        if (c == '-' || c == '+' || Character.isDigit(c)) {
            return new Literal(lx.number());
        }
        String word = lx.word();
        switch (word) {
            case "true" -> {
                return new Literal(Boolean.TRUE);
            }
            case "false" -> {
                return new Literal(Boolean.FALSE);
            }
            case "nil" -> {
                return new Literal(null);
            }
            default -> {
                if (!functions.contains(word)) {
                    throw new TemplateException("template: :1: function \"" + word + "\" not defined");
                }
                return new Function(word);
            }
        }
    }

    private static Operand fieldChain(Lexer lx, Operand base) {
        return base; // (pipeline).Field chains are rare in log templates; not supported
    }

    /** A cursor over one action's text. */
    private static final class Lexer {
        private final String s;
        private int p;

        Lexer(String s) {
            this.s = s;
        }

        boolean atEnd() {
            skip();
            return p >= s.length();
        }

        String rest() {
            return s.substring(p);
        }

        char peek() {
            return p < s.length() ? s.charAt(p) : '\0';
        }

        void skip() {
            while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
                p++;
            }
        }

        boolean consume(String t) {
            if (s.startsWith(t, p)) {
                p += t.length();
                return true;
            }
            return false;
        }

        List<String> path() {
            List<String> out = new ArrayList<>();
            while (peek() == '.') {
                p++;
                int start = p;
                while (p < s.length() && (Character.isLetterOrDigit(s.charAt(p)) || s.charAt(p) == '_')) {
                    p++;
                }
                if (p > start) {
                    out.add(s.substring(start, p));
                }
            }
            return out;
        }

        String variable() {
            int start = p++;
            while (p < s.length() && (Character.isLetterOrDigit(s.charAt(p)) || s.charAt(p) == '_')) {
                p++;
            }
            return s.substring(start, p);
        }

        String word() throws TemplateException {
            int start = p;
            while (p < s.length() && (Character.isLetterOrDigit(s.charAt(p)) || s.charAt(p) == '_')) {
                p++;
            }
            if (p == start) {
                throw new TemplateException("template: :1: unexpected \"" + peek() + "\" in command");
            }
            return s.substring(start, p);
        }

        Object number() throws TemplateException {
            int start = p;
            if (peek() == '-' || peek() == '+') {
                p++;
            }
            while (p < s.length() && (Character.isLetterOrDigit(s.charAt(p)) || s.charAt(p) == '.' || s.charAt(p) == '_')) {
                p++;
            }
            String t = s.substring(start, p).replace("_", "");
            try {
                if (t.contains(".") || ((t.contains("e") || t.contains("E")) && !t.contains("x"))) {
                    return Double.parseDouble(t);
                }
                if (t.startsWith("0x") || t.startsWith("-0x")) {
                    return Long.decode(t);
                }
                return Long.parseLong(t);
            } catch (NumberFormatException e) {
                throw new TemplateException("template: :1: bad number syntax: \"" + t + "\"");
            }
        }

        Long charLiteral() {
            p++;
            char c = s.charAt(p++);
            p++;
            return (long) c;
        }

        String string() throws TemplateException {
            char q = s.charAt(p++);
            if (q == '`') {
                int end = s.indexOf('`', p);
                String v = s.substring(p, end);
                p = end + 1;
                return v;
            }
            StringBuilder sb = new StringBuilder();
            while (p < s.length()) {
                char c = s.charAt(p++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = s.charAt(p++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(s.substring(p, p + 4), 16));
                        p += 4;
                    }
                    default -> sb.append(e);
                }
            }
            throw new TemplateException("template: :1: unterminated quoted string");
        }
    }
}
