package io.jalloy.syntax.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.jalloy.syntax.SharedData;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.token.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Acceptance C: the parser returns (never throws, never loops) on Alloy's fuzz seeds, on every
 * known file, and on deterministic mutations of them: truncations, deleted, duplicated and
 * flipped bytes, and inserted tokens.
 */
class ParserRobustnessTest {
    private static final String[] TOKENS = {
        "{", "}", "[", "]", "(", ")", ",", ".", "=", "==", "\"", "`", "/*", "*/", "//", "\n", "\\", "'",
        "ident", "1", "1.5e", "0755", "\"\\x\"", "null", "true", "||", "&", "^", "-", "!", "\u00e9", "\ufeff", "\0",
    };

    @TestFactory
    Stream<DynamicTest> parserSurvivesMutationsOfKnownInputs() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        corpus().forEach((name, inputs) -> tests.add(DynamicTest.dynamicTest(name + " (" + inputs.size() + " inputs)",
                () -> assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                    for (byte[] in : inputs) {
                        assertParsesWithoutThrowing(in);
                    }
                }))));
        return tests.stream();
    }

    @Test
    void corpusHoldsSeveralThousandInputsIncludingTheFuzzSeeds() throws IOException {
        Map<String, List<byte[]>> corpus = corpus();
        assertThat(corpus.keySet()).anyMatch(k -> k.contains("FuzzParser"));
        assertThat(corpus.values().stream().mapToInt(List::size).sum()).isGreaterThan(3000);
    }

    /** Each base file's name mapped to it and its mutations; deterministic (fixed seed). */
    private static Map<String, List<byte[]>> corpus() throws IOException {
        Random random = new Random(20261124L);
        Map<String, List<byte[]>> out = new LinkedHashMap<>();
        for (Path base : baseFiles()) {
            out.put(SharedData.alloy("").relativize(base).toString(), mutations(read(base), random));
        }
        return out;
    }

    @Test
    void absurdNestingIsReportedInsteadOfThrown() {
        byte[] deep = "a = ".concat("[".repeat(200_000)).getBytes(StandardCharsets.UTF_8);
        ParseResult r = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> Parser.parse(SourceFile.of("deep.alloy", deep)));
        assertThat(r.diagnostics().list()).isNotEmpty();
    }

    private static void assertParsesWithoutThrowing(byte[] in) {
        ParseResult r = Parser.parse(SourceFile.of("mutant.alloy", in));
        assertThat(r.file()).isNotNull();
        for (Diagnostic d : r.diagnostics().list()) {
            assertThat(d.start().offset()).isBetween(0, in.length);
        }
    }

    private static List<Path> baseFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String dir : List.of("syntax/parser/fuzz/FuzzParser", "syntax/parser", "syntax/parser/valid", "doc-examples")) {
            try (Stream<Path> s = Files.list(SharedData.alloy(dir))) {
                s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".tsv")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    /** File bytes; Go fuzz corpus files are unwrapped from their {@code []byte("...")} line. */
    private static byte[] read(Path p) throws IOException {
        byte[] raw = Files.readAllBytes(p);
        String text = new String(raw, StandardCharsets.UTF_8);
        if (!text.startsWith("go test fuzz v1")) {
            return raw;
        }
        String line = text.lines().skip(1).findFirst().orElse("");
        int open = line.indexOf('"');
        int close = line.lastIndexOf('"');
        return goUnquote(line.substring(open + 1, close));
    }

    private static byte[] goUnquote(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case 'r' -> out.write('\r');
                case 'x' -> {
                    out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> out.write(e);
            }
        }
        return out.toByteArray();
    }

    private static List<byte[]> mutations(byte[] in, Random r) {
        List<byte[]> out = new ArrayList<>();
        out.add(in);
        int step = Math.max(1, in.length / 4);
        for (int cut = 1; cut < in.length; cut += step) {
            out.add(Arrays.copyOf(in, cut));
        }
        for (int k = 0; k < 2 && in.length > 0; k++) {
            out.add(delete(in, r.nextInt(in.length)));
            out.add(duplicate(in, r.nextInt(in.length)));
            out.add(flip(in, r.nextInt(in.length), r));
            out.add(insert(in, r.nextInt(in.length + 1), TOKENS[r.nextInt(TOKENS.length)]));
        }
        return out;
    }

    private static byte[] delete(byte[] in, int at) {
        byte[] out = new byte[in.length - 1];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(in, at + 1, out, at, in.length - at - 1);
        return out;
    }

    private static byte[] duplicate(byte[] in, int at) {
        byte[] out = new byte[in.length + 1];
        System.arraycopy(in, 0, out, 0, at + 1);
        System.arraycopy(in, at, out, at + 1, in.length - at);
        return out;
    }

    private static byte[] flip(byte[] in, int at, Random r) {
        byte[] out = in.clone();
        out[at] = (byte) r.nextInt(256);
        return out;
    }

    private static byte[] insert(byte[] in, int at, String token) {
        byte[] t = token.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[in.length + t.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(t, 0, out, at, t.length);
        System.arraycopy(in, at, out, at + t.length, in.length - at);
        return out;
    }
}
