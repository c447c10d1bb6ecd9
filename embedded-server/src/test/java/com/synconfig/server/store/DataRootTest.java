package com.synconfig.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synconfig.server.wire.ErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataRootTest {

    @TempDir
    Path dir;

    private void refused(DataRoot root, String path, String why) {
        assertThatThrownBy(() -> root.resolve(path))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.FILSPC);
                    assertThat(e.info()).contains(why);
                });
    }

    @Test
    void pathsInsideResolveAndEscapesAreRefused() throws Exception {
        DataRoot root = new DataRoot(dir.resolve("data"));
        Files.createDirectories(root.path().resolve("sub"));
        assertThat(root.resolve("sub/a.ism")).isEqualTo(root.path().resolve("sub/a.ism"));
        assertThat(root.resolve("sub\\b.ddf")).isEqualTo(root.path().resolve("sub/b.ddf"));
        refused(root, "../secret", "'..'");
        refused(root, "sub/../../secret", "'..'");
        refused(root, "/etc/passwd", "absolute");
        refused(root, "C:/windows/win.ini", "absolute");
        refused(root, "", "empty");
        refused(root, "a\0b", "NUL");
    }

    @Test
    void symbolicLinksLeadingOutAreRefused() throws Exception {
        DataRoot root = new DataRoot(dir.resolve("data"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "x");
        Files.createSymbolicLink(root.path().resolve("link"), outside);
        Files.createSymbolicLink(root.path().resolve("file-link"), outside.resolve("secret.txt"));
        refused(root, "link/secret.txt", "outside the data root");
        refused(root, "link/new-file", "outside the data root");
        refused(root, "file-link", "outside the data root");
        Files.createSymbolicLink(root.path().resolve("inner"), Files.createDirectories(root.path().resolve("real")));
        assertThat(root.resolve("inner/x")).isNotNull();
    }
}
