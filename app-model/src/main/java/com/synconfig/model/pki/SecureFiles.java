package com.synconfig.model.pki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;

/**
 * Writes files whole or not at all (temporary file, then rename), so a failure never leaves half a
 * certificate file behind. Files holding private keys are readable by their owner only where the
 * file system supports it (POSIX permissions 600, or an owner-only ACL).
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
        Path dir = target.getParent();
        try {
            writeViaTemp(dir, target, bytes, ownerOnly);
        } catch (java.nio.file.FileSystemException e) {
            throw new IOException(target + ": cannot write it (" + (e.getReason() == null ? e.getClass().getSimpleName()
                    : e.getReason()) + "); choose a file in a directory you may write to", e);
        }
    }

    private static void writeViaTemp(Path dir, Path target, byte[] bytes, boolean ownerOnly) throws IOException {
        // createTempFile makes the file owner-only on POSIX before any byte is written.
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            if (ownerOnly) {
                restrictToOwner(temp);
            } else {
                allowOthersToRead(temp);
            }
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(PosixFilePermissions.fromString("rw-------"));
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (acl != null) {
            acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(acl.getOwner())
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
        }
    }

    private static void allowOthersToRead(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
