package com.synconfig.app.gui;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.image.Image;

/**
 * The application icon in the sizes window managers pick from (rendered from icons/synconfig.svg
 * by icons/render.sh). Usage: {@code stage.getIcons().setAll(AppIcons.images())}.
 */
public final class AppIcons {

    static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    public static List<Image> images() {
        return IntStream.of(SIZES).mapToObj(AppIcons::image).toList();
    }

    private static Image image(int size) {
        String name = "icons/synconfig-" + size + ".png";
        try (InputStream in = AppIcons.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new FileNotFoundException(
                        "application icon " + name + " is missing from the jar; run icons/render.sh and rebuild");
            }
            return new Image(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
