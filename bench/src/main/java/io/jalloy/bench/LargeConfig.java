package io.jalloy.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the large config the syntax benchmarks run on: every doc-example block that Alloy's own
 * parser accepts, concatenated (one blank line apart) and repeated until the file reaches a
 * target size.
 */
public final class LargeConfig {
    /** The size Alloy's measured figure was taken on: 5.5 MB. */
    public static final int DEFAULT_TARGET_BYTES = 5_500_000;

    private LargeConfig() {}

    /** The concatenated blocks, at least {@code targetBytes} long. */
    public static byte[] build(Path shared, int targetBytes) throws IOException {
        Path docs = shared.resolve("conformance/alloy/doc-examples");
        List<byte[]> blocks = new ArrayList<>();
        List<String> rows = Files.readAllLines(docs.resolve("INDEX.tsv"));
        for (String row : rows.subList(1, rows.size())) {
            String[] cols = row.split("\t", -1);
            if (cols.length > 5 && cols[5].equals("ok")) {
                blocks.add(Files.readAllBytes(docs.resolve(cols[0])));
            }
        }
        if (blocks.isEmpty()) {
            throw new IOException("no parseable doc-example blocks under " + docs);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(targetBytes + 65536);
        while (out.size() < targetBytes) {
            for (byte[] block : blocks) {
                out.write(block);
                out.write('\n');
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    /** Writes the large config: {@code LargeConfig SHARED_DIR OUT_FILE [TARGET_BYTES]}. */
    public static void main(String[] args) throws IOException {
        int target = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_TARGET_BYTES;
        byte[] content = build(Path.of(args[0]), target);
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, content);
        System.out.println(out + ": " + content.length + " bytes");
    }
}
