package com.synconfig.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * The GUI's colours live in one stylesheet (synconfig.css) and come from the theme, so they work in light and dark
 * mode: no inline styles or colour literals in the GUI's code, none but the theme's looked-up colours in the sheet.
 */
class InlineStylesTest {

    private static final Path GUI_SOURCES = Path.of("src/main/java/com/synconfig/app/gui");
    private static final Path STYLESHEET = Path.of("src/main/resources/com/synconfig/app/gui/synconfig.css");

    /** Inline styles, CSS properties in strings, colours made in code, hex colours in strings. */
    private static final Pattern INLINE = Pattern.compile(
            "setStyle\\(|\"[^\"]*-fx-[^\"]*\"|\\bColor\\.(web|rgb|color|hsb|gray|grayRgb|valueOf)\\(|\\bColor\\.[A-Z_]{3,}\\b"
                    + "|\"[^\"]*#[0-9a-fA-F]{3,8}\\b[^\"]*\"");
    /** Theme.java mirrors each theme's window background for the first frame (checked against the theme below). */
    private static final Path THEME = GUI_SOURCES.resolve("Theme.java");

    @Test
    void theGuiCodeSetsNoInlineStylesAndMakesNoColours() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(GUI_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.equals(THEME)).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = INLINE.matcher(lines.get(i));
                    if (m.find()) {
                        found.add(GUI_SOURCES.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).as("use a style class of synconfig.css (StyleClasses) instead").isEmpty();
    }

    @Test
    void theCheckCatchesWhatItForbids() {
        for (String line : List.of("label.setStyle(\"-fx-font-weight: bold;\");", "String s = \"-fx-text-fill: red\";",
                "Color c = Color.web(\"#b00020\");", "new Circle(6, Color.RED)", "tint = \"#e3f4e1\";")) {
            assertThat(INLINE.matcher(line).find()).as(line).isTrue();
        }
        assertThat(INLINE.matcher("getStyleClass().add(StyleClasses.MONOSPACE);").find()).isFalse();
    }

    /** Only looked-up colours (-color-...) in the sheet: literals would be wrong in one of the two modes. */
    @Test
    void theStylesheetTakesEveryColourFromTheTheme() throws IOException {
        String css = Files.readString(STYLESHEET).replaceAll("(?s)/\\*.*?\\*/", "");
        assertThat(Pattern.compile("#[0-9a-fA-F]{3,8}\\b|\\brgba?\\(|\\bhsba?\\(").matcher(css).find()).isFalse();
        for (String named : List.of("white", "black", "red", "green", "blue", "gray", "grey", "yellow", "orange")) {
            assertThat(css).as(named).doesNotContainPattern("[:\\s,]" + named + "\\s*[;,]");
        }
    }

    @Test
    void eachThemesFirstFrameHasTheThemesBackground() throws IOException {
        for (Theme theme : Theme.values()) {
            String css = theme.stylesheet().replace(".bss", ".css");
            try (InputStream in = java.net.URI.create(css).toURL().openStream()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Matcher m = Pattern.compile("-color-bg-default:\\s*(#[0-9a-fA-F]{6});").matcher(text);
                assertThat(m.find()).as(css).isTrue();
                assertThat(theme.background()).as(theme.name()).isEqualTo(Color.web(m.group(1)));
            }
        }
    }
}
