package io.jalloy.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An environment file for {@code validate --env-file}: {@code KEY=VALUE} lines, blank lines and
 * {@code #} comments ignored, an optional {@code export } prefix, values optionally wrapped in
 * single or double quotes (double quotes understand {@code \n}, {@code \"} and {@code \\}). Keys
 * may also hold {@code . - < >}: configs written from Alloy's docs read {@code sys.env("<API_KEY>")}.
 *
 * @param path the file as named on the command line
 * @param variables the variables it sets
 */
public record EnvFile(Path path, Map<String, String> variables) {

    public EnvFile {
        variables = Map.copyOf(variables);
    }

    /** Reads and parses {@code path}; a malformed line fails with its line number. */
    public static EnvFile read(Path path) throws IOException {
        return parse(path, Files.readString(path, StandardCharsets.UTF_8));
    }

    static EnvFile parse(Path path, String text) throws IOException {
        Map<String, String> vars = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).stripLeading();
            }
            int eq = line.indexOf('=');
            String key = eq < 0 ? "" : line.substring(0, eq).strip();
            if (key.isEmpty() || !validKey(key)) {
                throw new IOException(path + ":" + (i + 1) + ": expected KEY=VALUE");
            }
            vars.put(key, value(line.substring(eq + 1).strip()));
        }
        return new EnvFile(path, vars);
    }

    private static boolean validKey(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean ok = c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (i > 0 && c >= '0' && c <= '9')
                    || c == '.' || c == '-' || c == '<' || c == '>';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static String value(String raw) {
        if (raw.length() >= 2 && raw.charAt(0) == '\'' && raw.charAt(raw.length() - 1) == '\'') {
            return raw.substring(1, raw.length() - 1);
        }
        if (raw.length() >= 2 && raw.charAt(0) == '"' && raw.charAt(raw.length() - 1) == '"') {
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i < raw.length() - 1; i++) {
                char c = raw.charAt(i);
                if (c == '\\' && i + 1 < raw.length() - 1) {
                    char n = raw.charAt(++i);
                    sb.append(switch (n) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        default -> n;
                    });
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }
        int comment = raw.indexOf(" #");
        return comment < 0 ? raw : raw.substring(0, comment).stripTrailing();
    }
}
