package io.jalloy.syntax.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.syntax.SharedData;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.scanner.Scanner;
import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.token.Token;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Acceptance A: Alloy's parser test files. Valid files parse cleanly; in the others every
 * {@code /* ERROR "rx" *}{@code /} marker must be matched by a diagnostic at the token before it
 * (or right after that token with {@code HERE}), and no other diagnostic may appear, as in
 * Alloy's own error_test.go.
 */
class ParserErrorConformanceTest {
    private static final Pattern MARKER = Pattern.compile("^/\\* *ERROR *(HERE)? *\"([^\"]*)\" *\\*/$");

    @TestFactory
    Stream<DynamicTest> everyValidFileParsesWithoutDiagnostics() throws IOException {
        Path dir = SharedData.alloy("syntax/parser/valid");
        return files(dir).map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            ParseResult r = Parser.parse(SourceFile.of(f.getFileName().toString(), Files.readAllBytes(f)));
            assertThat(r.diagnostics().list()).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyErrorMarkerIsReportedAndNothingElse() throws IOException {
        Path dir = SharedData.alloy("syntax/parser");
        return files(dir).map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            SourceFile src = SourceFile.of(f.getFileName().toString(), Files.readAllBytes(f));
            Map<Integer, String> expected = expectedErrors(src);
            assertThat(expected).as("markers in the file").isNotEmpty();
            List<String> problems = new ArrayList<>();
            for (Diagnostic d : Parser.parse(src).diagnostics().list()) {
                String rx = expected.remove(d.start().offset());
                if (rx == null) {
                    problems.add("unexpected error: " + d);
                } else if (!Pattern.compile(goRegex(rx)).matcher(d.message()).find()) {
                    problems.add(d + " does not match " + rx);
                }
            }
            expected.forEach((off, rx) -> problems.add("not reported: " + src.position(off) + ": " + rx));
            assertThat(problems).isEmpty();
        }));
    }

    /** Go's RE2 reads a "{" that starts no repetition literally; java.util.regex needs it escaped. */
    static String goRegex(String rx) {
        StringBuilder sb = new StringBuilder(rx.length() + 4);
        for (int i = 0; i < rx.length(); i++) {
            char c = rx.charAt(i);
            if (c == '\\' && i + 1 < rx.length()) {
                sb.append(c).append(rx.charAt(++i));
            } else if (c == '{' && !(i + 1 < rx.length() && Character.isDigit(rx.charAt(i + 1)))) {
                sb.append("\\{");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static Stream<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".alloy")).sorted().toList().stream();
        }
    }

    /** Offsets at which errors are expected, mapped to their message patterns. */
    static Map<Integer, String> expectedErrors(SourceFile src) {
        Map<Integer, String> errors = new LinkedHashMap<>();
        Scanner s = new Scanner(src, null, true);
        int prev = -1;
        int here = -1;
        while (true) {
            Token tok = s.scan();
            if (tok == Token.EOF) {
                return errors;
            }
            if (tok == Token.COMMENT) {
                Matcher m = MARKER.matcher(s.literal());
                if (m.matches()) {
                    errors.put(m.group(1) != null ? here : prev, m.group(2));
                }
                continue;
            }
            if (tok == Token.TERMINATOR) {
                continue;
            }
            prev = s.pos();
            boolean literal = tok == Token.IDENT || tok == Token.NUMBER || tok == Token.FLOAT || tok == Token.STRING;
            here = prev + (literal ? s.end() - s.pos() : tok.text().length());
        }
    }
}
