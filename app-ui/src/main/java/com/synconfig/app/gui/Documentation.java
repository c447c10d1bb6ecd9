package com.synconfig.app.gui;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the program's documentation is: the {@code docs} folder of the checkout or unpacked release the program
 * runs from (next to {@code app-ui/target/synconfig.jar}, or beside the program's folder).
 */
public final class Documentation {

    private static final int LEVELS_UP = 3;

    private Documentation() {
    }

    /** The documentation folder for the program at {@code program} (its jar or classes folder), if there is one. */
    public static Optional<Path> folderFor(Path program) {
        for (Path p = program.toAbsolutePath(); p != null && depth(program, p) <= LEVELS_UP; p = p.getParent()) {
            Path docs = p.resolve("docs");
            if (Files.isRegularFile(docs.resolve("configuration.md"))) {
                return Optional.of(docs);
            }
        }
        return Optional.empty();
    }

    /** The documentation folder of this running program, if there is one. */
    public static Optional<Path> folder() {
        try {
            return folderFor(Path.of(Documentation.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | NullPointerException unknown) {
            return Optional.empty();
        }
    }

    private static int depth(Path from, Path ancestor) {
        return from.toAbsolutePath().getNameCount() - ancestor.getNameCount();
    }
}
