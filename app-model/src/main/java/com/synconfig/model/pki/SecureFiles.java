package com.synconfig.model.pki;

import com.synconfig.model.files.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes certificate files whole or not at all, forced to disk ({@link AtomicFiles}), so a failure never leaves
 * half a certificate file behind. Files holding private keys are readable by their owner only where the file
 * system supports it (POSIX permissions 600, or an owner-only ACL); errors name the file and what to do.
 */
public final class SecureFiles {

    private SecureFiles() {
    }

    /** For files with a private key. */
    public static void writePrivate(Path file, String text) throws IOException {
        write(file, text, true);
    }

    /** For certificates and requests (nothing secret). */
    public static void writePublic(Path file, String text) throws IOException {
        write(file, text, false);
    }

    public static void writePublic(Path file, byte[] bytes) throws IOException {
        write(file, bytes, false);
    }

    public static void writePrivate(Path file, byte[] bytes) throws IOException {
        write(file, bytes, true);
    }

    private static void write(Path file, String text, boolean ownerOnly) throws IOException {
        write(file, text.getBytes(StandardCharsets.US_ASCII), ownerOnly);
    }

    /** Fails before any slow work (key generation) when an output file could not be written. */
    public static void checkDirectories(Path... files) throws IOException {
        for (Path file : files) {
            Path dir = file.toAbsolutePath().getParent();
            if (!Files.isDirectory(dir)) {
                throw new IOException(dir + ": no such directory (create it first)");
            }
        }
    }

    private static void write(Path file, byte[] bytes, boolean ownerOnly) throws IOException {
        checkDirectories(file);
        Path target = file.toAbsolutePath();
        try {
            if (ownerOnly) {
                AtomicFiles.writeOwnerOnly(target, bytes);
            } else {
                AtomicFiles.writeReadable(target, bytes);
            }
        } catch (java.nio.file.FileSystemException e) {
            throw new IOException(target + ": cannot write it (" + (e.getReason() == null ? e.getClass().getSimpleName()
                    : e.getReason()) + "); choose a file in a directory you may write to", e);
        }
    }
}
