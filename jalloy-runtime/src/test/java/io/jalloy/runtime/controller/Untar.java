package io.jalloy.runtime.controller;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Extracts a plain (ustar) tar archive, enough for the git repositories Alloy's import tests ship
 * as {@code repo*.git.tar}: directories and regular files, names with their ustar prefix.
 */
final class Untar {
    private static final int BLOCK = 512;

    private Untar() {}

    static void extract(Path archive, Path into) throws IOException {
        byte[] tar = Files.readAllBytes(archive);
        Path root = into.toAbsolutePath().normalize();
        int at = 0;
        while (at + BLOCK <= tar.length && tar[at] != 0) {
            String name = text(tar, at + 345, 155).isEmpty() ? text(tar, at, 100)
                    : text(tar, at + 345, 155) + "/" + text(tar, at, 100);
            long size = Long.parseLong(text(tar, at + 124, 12).trim().isEmpty() ? "0" : text(tar, at + 124, 12).trim(), 8);
            byte type = tar[at + 156];
            Path target = root.resolve(name).normalize();
            if (!target.startsWith(root)) {
                throw new IOException("entry outside the target: " + name);
            }
            at += BLOCK;
            if (type == '5') {
                Files.createDirectories(target);
            } else if (type == '0' || type == 0) {
                Files.createDirectories(target.getParent());
                Files.write(target, java.util.Arrays.copyOfRange(tar, at, at + (int) size));
            }
            at += (int) ((size + BLOCK - 1) / BLOCK * BLOCK);
        }
    }

    private static String text(byte[] b, int from, int length) {
        int end = from;
        while (end < from + length && b[end] != 0) {
            end++;
        }
        return new String(b, from, end - from, StandardCharsets.US_ASCII);
    }
}
