package com.synconfig.model.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one writer: who may read the result is what the caller asked for, links are written through, no leftovers. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    }

    @Test
    void secretsAreOwnerOnlyWhateverTheFileWasBefore() throws Exception {
        Path key = dir.resolve("key.pem");
        Files.writeString(key, "old");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        AtomicFiles.writeOwnerOnly(key, bytes("secret"));
        assertThat(Files.readString(key)).isEqualTo("secret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    }

    @Test
    void publicFilesAreReadableByAll() throws Exception {
        Path cert = dir.resolve("cert.pem");
        AtomicFiles.writeReadable(cert, bytes("certificate"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cert))).isEqualTo("rw-r--r--");
    }

    @Test
    void aPlainReplaceKeepsThePermissionsTheFileHad() throws Exception {
        Path ini = dir.resolve("synconfig.ini");
        Files.writeString(ini, "old");
        Files.setPosixFilePermissions(ini, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.write(ini, bytes("new"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ini))).isEqualTo("rw-r-----");
    }

    @Test
    void aLinkIsWrittenThroughAndNothingIsLeftBehind() throws Exception {
        Path target = Files.writeString(Files.createDirectories(dir.resolve("real")).resolve("users"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("users"), target);
        AtomicFiles.writeOwnerOnly(link, bytes("new"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("new");
        try (var left = Files.list(target.getParent())) {
            assertThat(left).containsExactly(target);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
