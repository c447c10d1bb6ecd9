package com.synconfig.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where Help > Documentation looks, and what it says when nothing can open the folder. */
class DocumentationTest {

    @TempDir
    Path dir;

    private Path docsIn(Path folder) throws IOException {
        Path docs = Files.createDirectories(folder.resolve("docs"));
        Files.writeString(docs.resolve("configuration.md"), "# Configuration\n");
        return docs;
    }

    @Test
    void aCheckoutsDocsBesideTheBuiltProgram() throws IOException {
        Path docs = docsIn(dir);
        Path jar = Files.createDirectories(dir.resolve("app-ui/target")).resolve("synconfig.jar");
        assertThat(Documentation.folderFor(jar)).hasValue(docs);
    }

    /** jpackage's app image (the .deb's /usr/lib/synconfig): the installers stage docs/ next to the jar. */
    @Test
    void theInstalledDocsNextToTheJarInTheAppImage() throws IOException {
        Path app = Files.createDirectories(dir.resolve("usr/lib/synconfig/lib/app"));
        Path docs = docsIn(app);
        assertThat(Documentation.folderFor(app.resolve("synconfig.jar"))).hasValue(docs);
    }

    @Test
    void noDocsNoFolder() throws IOException {
        Path jar = Files.createDirectories(dir.resolve("a/b/c")).resolve("synconfig.jar");
        assertThat(Documentation.folderFor(jar)).isEmpty();
    }

    @Test
    void theOpenerSaysWhenThereIsNoProgramToOpenWith() throws IOException {
        assertThat(DocumentOpener.running(List.of("synconfig-no-such-opener", dir.toUri().toString())))
                .hasValueSatisfying(why -> assertThat(why).contains("There is no synconfig-no-such-opener")
                        .contains("xdg-utils"));
    }

    /** xdg-open's exit codes: 3 "no program to open it", 0 opened. A script stands in for it. */
    @Test
    void theOpenerReadsXdgOpensExitStatus() throws Exception {
        Path noBrowser = script("exit 3");
        assertThat(DocumentOpener.running(List.of(noBrowser.toString(), "file:///x"))).hasValueSatisfying(
                why -> assertThat(why).contains("found no program to open it"));
        assertThat(DocumentOpener.running(List.of(script("exit 0").toString(), "file:///x"))).isEmpty();
    }

    private Path script(String body) throws IOException {
        Path s = Files.createTempFile(dir, "opener", ".sh");
        Files.writeString(s, "#!/bin/sh\n" + body + "\n");
        s.toFile().setExecutable(true);
        return s;
    }
}
