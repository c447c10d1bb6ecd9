package com.synconfig.model.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecureFilesTest {

    @TempDir
    Path dir;

    @Test
    void privateFilesAreOwnerOnlyPublicOnesReadableAndNoTemporaryFileRemains() throws Exception {
        Path key = dir.resolve("key.pem");
        Path cert = dir.resolve("cert.pem");
        Files.writeString(key, "old");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-rw-rw-"));

        SecureFiles.writePrivate(key, "secret");
        SecureFiles.writePublic(cert, "public");

        assertThat(key).hasContent("secret");
        assertThat(Files.getPosixFilePermissions(key)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(cert)).isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("key.pem", "cert.pem");
        }
    }

    @Test
    void unwritablePlacesAreNamed() throws Exception {
        assertThatThrownBy(() -> SecureFiles.writePublic(dir.resolve("no/such/dir/x.pem"), "x"))
                .hasMessageContaining("no such directory");
        // A directory in the way cannot be replaced (works even for root, unlike permissions).
        Path inTheWay = Files.createDirectory(dir.resolve("k.pem"));
        Files.writeString(inTheWay.resolve("inside"), "kept");
        assertThatThrownBy(() -> SecureFiles.writePrivate(inTheWay, "x")).hasMessageContaining("k.pem: cannot write it");
        assertThat(inTheWay.resolve("inside")).hasContent("kept");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("k.pem");
        }
    }
}
