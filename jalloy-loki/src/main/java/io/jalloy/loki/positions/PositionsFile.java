package io.jalloy.loki.positions;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads and writes Alloy's positions file: a YAML document whose {@code positions} mapping has
 * complex keys {@code {path, labels}} and string values. Reading accepts whatever Go's YAML
 * libraries wrote; writing produces double-quoted scalars Go reads back. Writes are atomic
 * (temporary file, fsync when asked, rename), so a crash leaves the old or the new file, never half
 * of one.
 * Stateless.
 */
public final class PositionsFile {
    private static final FileAttribute<Set<PosixFilePermission>> PRIVATE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private PositionsFile() {}

    /** The positions in {@code file}; empty when it does not exist or is empty. */
    public static Map<PositionKey, String> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new LinkedHashMap<>();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Map<PositionKey, String> out = new LinkedHashMap<>();
        Object doc;
        try {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new IOException("invalid yaml positions file [" + file + "]: " + e.getMessage(), e);
        }
        if (doc == null) {
            return out;
        }
        if (!(doc instanceof Map<?, ?> top)) {
            throw new IOException("invalid yaml positions file [" + file + "]: not a mapping");
        }
        Object positions = top.get("positions");
        if (positions == null) {
            return out;
        }
        if (!(positions instanceof Map<?, ?> entries)) {
            throw new IOException("invalid yaml positions file [" + file + "]: positions is not a mapping");
        }
        for (Map.Entry<?, ?> e : entries.entrySet()) {
            if (!(e.getKey() instanceof Map<?, ?> key)) {
                throw new IOException("invalid yaml positions file [" + file + "]: a key is not a mapping");
            }
            out.put(new PositionKey(text(key.get("path")), text(key.get("labels"))), text(e.getValue()));
        }
        return out;
    }

    /** The legacy (static mode) file: paths mapped straight to offsets; null when absent, empty or invalid. */
    static Map<String, String> readLegacy(Path file) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return null;
            }
            Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
            if (!(doc instanceof Map<?, ?> top) || top.size() != 1 || !(top.get("positions") instanceof Map<?, ?> m)) {
                return null;
            }
            Map<String, String> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (e.getKey() instanceof Map<?, ?> || e.getValue() instanceof Map<?, ?>) {
                    return null;
                }
                out.put(text(e.getKey()), text(e.getValue()));
            }
            return out;
        } catch (IOException | YAMLException e) {
            return null;
        }
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    /** Writes {@code positions} to {@code file} atomically and forced to disk; see {@link #write(Path, Map, boolean)}. */
    public static void write(Path file, Map<PositionKey, String> positions) throws IOException {
        write(file, positions, true);
    }

    /**
     * Writes {@code positions} to {@code file} atomically, with mode 0600 where the file system has
     * modes; {@code force} also flushes the new text to the device before the rename.
     */
    public static void write(Path file, Map<PositionKey, String> positions, boolean force) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        writeTemporary(tmp, positions, force);
        install(tmp, file);
    }

    /** Writes {@code positions} to the new file {@code tmp} (mode 0600), to be {@link #install}ed later. */
    public static void writeTemporary(Path tmp, Map<PositionKey, String> positions, boolean force) throws IOException {
        byte[] bytes = render(positions).getBytes(StandardCharsets.UTF_8);
        try (FileChannel ch = createPrivate(tmp)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            if (force) {
                ch.force(true);
            }
        }
    }

    /** Renames a file {@link #writeTemporary} wrote over {@code file}: one step, old or new, never half. */
    public static void install(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A new file with mode 0600 from its creation (no separate chmod: this runs after every batch
     * read); a stale one left by a crash is replaced.
     */
    private static FileChannel createPrivate(Path tmp) throws IOException {
        Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        for (int attempt = 0; ; attempt++) {
            try {
                return FileChannel.open(tmp, options, PRIVATE);
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: no modes to set
                return FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 0) {
                    throw e;
                }
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** The YAML text, entries sorted by path and labels so that the file is stable. */
    static String render(Map<PositionKey, String> positions) {
        if (positions.isEmpty()) {
            return "positions: {}\n";
        }
        StringBuilder sb = new StringBuilder(64 + positions.size() * 96);
        sb.append("positions:\n");
        for (Map.Entry<PositionKey, String> e : new TreeMap<>(positions).entrySet()) {
            sb.append("  ? path: ");
            quote(sb, e.getKey().path());
            sb.append("\n    labels: ");
            quote(sb, e.getKey().labels());
            sb.append("\n  : ");
            quote(sb, e.getValue());
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0xFEFF) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
