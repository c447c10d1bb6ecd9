package com.synconfig.model.config;

import com.synconfig.model.files.AtomicFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synconfig.model.service.Platform;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigStoreTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("conf").resolve("synconfig.ini");
    }

    private static String text(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void firstStartWritesTheDefaults() throws IOException {
        ConfigStore store = new ConfigStore(file());
        ConfigSnapshot snap = store.load();
        assertThat(snap.services()).isEqualTo(ServiceConfiguration.defaults());
        assertThat(text(file())).contains("[SynSrv]", "port = 2330", "encrypt = false", "scl = 3", "secure = true",
                "platform = " + Platform.current().id());
        assertThat(new ConfigStore(file()).load().services()).isEqualTo(ServiceConfiguration.defaults());
        assertThat(store.backupFile()).doesNotExist();
    }

    @Test
    void saveWritesTheChangeAndKeepsThePreviousVersionAsBackup() throws IOException {
        ConfigStore store = new ConfigStore(file());
        ConfigSnapshot first = store.load();
        byte[] before = Files.readAllBytes(file());
        ServiceDefinition changed = ServiceDefinition.defaults().toBuilder().port(4000).encrypt(true)
                .certificateFile("/etc/synergy/rsynd.pem").scl(Scl.LEVEL_2).env("DBLDIR", "/usr/dbl").build();
        ConfigSnapshot second = store.save(first, first.services().with(changed));

        assertThat(second.services().find("SynSrv")).contains(changed);
        assertThat(new ConfigStore(file()).load().services()).isEqualTo(second.services());
        assertThat(Files.readAllBytes(store.backupFile())).isEqualTo(before);
        assertThat(text(file())).contains("port = 4000", "certificate = /etc/synergy/rsynd.pem", "env.DBLDIR = /usr/dbl");
        assertThat(dir.resolve("conf")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void savingAnUnchangedConfigurationWritesNothing() throws IOException {
        ConfigStore store = new ConfigStore(file());
        ConfigSnapshot snap = store.load();
        long modified = Files.getLastModifiedTime(file()).toMillis();
        assertThat(store.save(snap, snap.services())).isSameAs(snap);
        assertThat(store.backupFile()).doesNotExist();
        assertThat(Files.getLastModifiedTime(file()).toMillis()).isEqualTo(modified);
    }

    @Test
    void aFileChangedOnDiskSinceLoadingIsNotOverwritten() throws IOException {
        ConfigStore store = new ConfigStore(file());
        ConfigSnapshot snap = store.load();
        String byOtherProgram = text(file()).replace("port = 2330", "port = 2444");
        Files.writeString(file(), byOtherProgram);

        ServiceDefinition mine = ServiceDefinition.defaults().toBuilder().port(3000).build();
        assertThatThrownBy(() -> store.save(snap, snap.services().with(mine)))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining(file().toString())
                .hasMessageContaining("Reload");
        assertThat(text(file())).isEqualTo(byOtherProgram);

        ConfigSnapshot reloaded = store.load();
        assertThat(reloaded.services().find("SynSrv").orElseThrow().port()).isEqualTo(2444);
        store.save(reloaded, reloaded.services().with(mine));
        assertThat(store.load().services().find("SynSrv").orElseThrow().port()).isEqualTo(3000);
    }

    @Test
    void concurrentSavesFromThreadsOfOneProcessLoseNothing() throws Exception {
        new ConfigStore(file()).load();
        int threads = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String name = "Svc" + i;
            int port = 3000 + i;
            results.add(pool.submit(() -> {
                ConfigStore store = new ConfigStore(file());
                start.await();
                // Each thread retries on a concurrent change, as a user would after reloading.
                for (int attempt = 0; attempt < 100; attempt++) {
                    ConfigSnapshot snap = store.load();
                    try {
                        store.save(snap, snap.services().with(ServiceDefinition.named(name).toBuilder().port(port).build()));
                        return true;
                    } catch (ConcurrentChangeException e) {
                        Thread.onSpinWait();
                    }
                }
                return false;
            }));
        }
        start.countDown();
        for (var r : results) {
            assertThat(r.get()).isTrue();
        }
        pool.shutdown();
        assertThat(new ConfigStore(file()).load().services().names())
                .containsExactlyInAnyOrder("SynSrv", "Svc0", "Svc1", "Svc2", "Svc3", "Svc4", "Svc5", "Svc6", "Svc7");
    }

    @Test
    void aDeletedFileCountsAsChanged() throws IOException {
        ConfigStore store = new ConfigStore(file());
        ConfigSnapshot snap = store.load();
        Files.delete(file());
        assertThatThrownBy(() -> store.save(snap, ServiceConfiguration.defaults().without("SynSrv")))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(file()).doesNotExist();
    }

    @Test
    void leftoverTempFilesOfAKilledSaveAreCleanedUp() throws IOException {
        ConfigStore store = new ConfigStore(file());
        ConfigSnapshot snap = store.load();
        Path leftover = file().resolveSibling(".synconfig.ini.dead-save" + AtomicFiles.TEMP_SUFFIX);
        Files.writeString(leftover, "half a fi");
        store.save(snap, snap.services().with(ServiceDefinition.named("Other").toBuilder().port(2331).build()));
        assertThat(leftover).doesNotExist();
    }

    @Test
    void aValueThatCannotBeStoredIsRefusedAndNothingIsWritten() throws IOException {
        ConfigStore store = new ConfigStore(file());
        ConfigSnapshot snap = store.load();
        byte[] before = Files.readAllBytes(file());
        ServiceDefinition bad = ServiceDefinition.defaults().toBuilder().dataRoot("two\nlines").build();
        assertThatThrownBy(() -> store.save(snap, snap.services().with(bad)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line break");
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
    }
}
