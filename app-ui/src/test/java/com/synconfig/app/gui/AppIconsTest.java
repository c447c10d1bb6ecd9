package com.synconfig.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AppIconsTest {

    @BeforeAll
    static void startToolkit() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        assertThat(started.await(60, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void everyIconLoadsAtItsNominalSize() {
        List<Image> images = AppIcons.images();

        assertThat(images).hasSize(AppIcons.SIZES.length);
        IntStream.range(0, images.size()).forEach(i -> {
            Image image = images.get(i);
            assertThat(image.isError()).as("icon %d failed to load: %s", AppIcons.SIZES[i], image.getException()).isFalse();
            assertThat(image.getWidth()).as("width of icon %d", AppIcons.SIZES[i]).isEqualTo(AppIcons.SIZES[i]);
            assertThat(image.getHeight()).as("height of icon %d", AppIcons.SIZES[i]).isEqualTo(AppIcons.SIZES[i]);
        });
    }

    @Test
    void theIconIsNotBlank() {
        Image largest = AppIcons.images().get(AppIcons.SIZES.length - 1);
        int centre = (int) largest.getWidth() / 2;

        // Opaque in the middle, transparent in the rounded corner.
        assertThat(largest.getPixelReader().getColor(centre, centre).getOpacity()).isEqualTo(1.0);
        assertThat(largest.getPixelReader().getColor(0, 0).getOpacity()).isEqualTo(0.0);
    }
}
