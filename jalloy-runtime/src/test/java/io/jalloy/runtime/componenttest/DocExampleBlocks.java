package io.jalloy.runtime.componenttest;

import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.decode.Decoder;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.vm.Evaluator;
import io.jalloy.syntax.vm.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Alloy's documentation examples ({@code shared/conformance/alloy/doc-examples}) and a decoder
 * for one component's blocks in them. References to other components are replaced by
 * placeholders chosen by the reference's last name: a module passes a function giving its own
 * values (null for the default), and the default is one target {@code {__address__ =
 * "placeholder:80"}} for {@code targets}/{@code output} and the string "placeholder" otherwise.
 */
public final class DocExampleBlocks {
    private DocExampleBlocks() {}

    /** The examples Alloy parses ({@code parse_status} ok in INDEX.tsv), as file name → text, in index order. */
    public static Map<String, String> parsableExamples() throws IOException {
        return examples(true);
    }

    /** The examples Alloy's parser rejects, as file name → text, in index order. */
    public static Map<String, String> unparsableExamples() throws IOException {
        return examples(false);
    }

    /** The parsable examples whose text has a {@code component} block, as file name → text. */
    public static Map<String, String> examplesWith(String component) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        parsableExamples().forEach((file, text) -> {
            if (text.contains(component + " \"")) {
                out.put(file, text);
            }
        });
        return out;
    }

    /** The {@code wanted} blocks of {@code body}, outermost first; a wanted block is not searched further. */
    public static List<BlockStmt> blocks(List<Stmt> body, Predicate<BlockStmt> wanted) {
        List<BlockStmt> out = new ArrayList<>();
        collect(body, wanted, out);
        return out;
    }

    /** The blocks of {@code component} (its full name, e.g. {@code loki.write}) in {@code body}. */
    public static List<BlockStmt> blocks(List<Stmt> body, String component) {
        return blocks(body, b -> b.fullName().equals(component));
    }

    /**
     * The scope to evaluate {@code body} in: the standard library and a placeholder for every
     * other name it refers to; {@code placeholders} gives a value by last name, or null for the default.
     */
    public static Scope placeholderScope(List<Stmt> body, Function<String, Value> placeholders) {
        return PlaceholderScope.of(body, placeholders);
    }

    /** The default placeholder for a reference whose last name is {@code lastName}. */
    public static Value defaultPlaceholder(String lastName) {
        return PlaceholderScope.defaultPlaceholder(lastName);
    }

    /** Decodes one block of {@code src} into {@code type}, its references replaced by placeholders. */
    public static <A> A decode(SourceFile src, BlockStmt block, Class<A> type, Function<String, Value> placeholders)
            throws Exception {
        return new Decoder(new Evaluator(src))
                .decodeBody(block.body(), block, type, placeholderScope(block.body(), placeholders));
    }

    /** Decodes every {@code component} block of {@code text} into {@code type}, in source order. */
    public static <A> List<A> decodeAll(String fileName, String text, String component, Class<A> type,
            Function<String, Value> placeholders) throws Exception {
        SourceFile src = SourceFile.of(fileName, text);
        List<A> out = new ArrayList<>();
        for (BlockStmt block : blocks(Parser.parseFile(src).body(), component)) {
            out.add(decode(src, block, type, placeholders));
        }
        return out;
    }

    private static Map<String, String> examples(boolean parsable) throws IOException {
        Path dir = SharedData.alloy("doc-examples");
        List<String> lines = Files.readAllLines(dir.resolve("INDEX.tsv"));
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) { // the first line names the columns
            String[] cols = line.split("\t", -1);
            if (cols.length > 5 && cols[5].equals("ok") == parsable) {
                out.put(cols[0], Files.readString(dir.resolve(cols[0])));
            }
        }
        return out;
    }

    private static void collect(List<Stmt> body, Predicate<BlockStmt> wanted, List<BlockStmt> out) {
        for (Stmt s : body) {
            if (s instanceof BlockStmt b) {
                if (wanted.test(b)) {
                    out.add(b);
                } else {
                    collect(b.body(), wanted, out);
                }
            }
        }
    }
}
