package com.synconfig.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synconfig.server.wire.ErrorCode;
import com.synconfig.server.wire.Match;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file of the former layout (H2 MVStore), written here as the former IsamFile wrote it, is migrated on open. */
class IsamMigrationTest {

    @TempDir
    Path dir;

    private static byte[] rec(String id, String city) {
        return String.format("%-6s%-10s%-4s", id, city, "").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The former layout: header strings, records by id, and per key the key's text plus the id in 16 hex digits. */
    private static void writeFormer(Path path, boolean networkEncrypt, List<byte[]> records) {
        IsamDefinition def = new IsamDefinition(20, List.of(KeySpec.parse("1:6"), KeySpec.parse("7:10,dups")),
                networkEncrypt);
        try (MVStore store = new MVStore.Builder().fileName(path.toString()).open()) {
            MVMap<String, String> header = store.openMap("header");
            header.put("format", "1");
            header.put("recordSize", "20");
            header.put("keys", def.keysText());
            header.put("networkEncrypt", Boolean.toString(networkEncrypt));
            MVMap<Long, byte[]> byId = store.openMap("records");
            long id = 1;
            for (byte[] r : records) {
                byId.put(id, r);
                for (int k = 0; k < def.keys().size(); k++) {
                    MVMap<String, Long> index = store.openMap("key" + k);
                    index.put(new String(def.keys().get(k).extract(r), StandardCharsets.ISO_8859_1)
                            + String.format("%016x", id), id);
                }
                id++;
            }
            header.put("nextId", Long.toString(id));
            store.commit();
        }
    }

    @Test
    void aFileOfTheFormerLayoutIsMigratedOnOpenAndKeptAsABackup() throws Exception {
        Path path = dir.resolve("cust.ism");
        writeFormer(path, true, List.of(rec("B00001", "PARIS"), rec("A00001", "ROME"), rec("C00001", "PARIS")));
        byte[] former = Files.readAllBytes(path);
        assertThat(IsamFile.isIsam(path)).isTrue();

        try (IsamFile f = IsamFile.open(path)) {
            assertThat(f.count()).isEqualTo(3);
            assertThat(f.networkEncrypt()).isTrue();
            assertThat(f.definition().keys()).extracting(KeySpec::toString).containsExactly("1:6", "7:10,dups");
            IsamFile.Hit paris = f.seek(1, "PARIS".getBytes(), Match.EQUAL).orElseThrow();
            assertThat(new String(paris.data(), StandardCharsets.ISO_8859_1)).startsWith("B00001");
            assertThat(new String(f.next(1, paris.position()).orElseThrow().data(), StandardCharsets.ISO_8859_1))
                    .as("duplicates stay in storing order").startsWith("C00001");
            f.insert(rec("D00001", "PARIS"));
            assertThat(f.seek(0, "A00001".getBytes(), Match.EQUAL)).isPresent();
            assertThatThrownBy(() -> f.insert(rec("A00001", "OSLO")))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NODUPS));
        }
        assertThat(Files.readAllBytes(dir.resolve("cust.ism.h2-backup"))).isEqualTo(former);
        assertThat(Files.readString(path, StandardCharsets.ISO_8859_1)).doesNotStartWith("H:2,");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("cust.ism", "cust.ism.h2-backup");
        }
        try (IsamFile f = IsamFile.open(path)) {
            assertThat(f.count()).isEqualTo(4);
            IsamFile.Hit paris = f.seek(1, "PARIS".getBytes(), Match.EQUAL).orElseThrow();
            IsamFile.Hit third = f.next(1, f.next(1, paris.position()).orElseThrow().position()).orElseThrow();
            assertThat(new String(third.data(), StandardCharsets.ISO_8859_1))
                    .as("a record stored after the migration comes after the migrated duplicates").startsWith("D00001");
        }
    }

    @Test
    void aFailedMigrationLeavesTheFormerFileUntouchedAndSaysWhy() throws Exception {
        Path path = dir.resolve("damaged.ism");
        Files.writeString(path, "H:2,this is no MVStore file at all" + "x".repeat(10_000));
        byte[] before = Files.readAllBytes(path);
        assertThatThrownBy(() -> IsamFile.open(path)).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.FILUSE);
            assertThat(e.info()).contains("damaged.ism").contains("damaged");
        });
        assertThat(Files.readAllBytes(path)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("damaged.ism");
        }
    }

    @Test
    void whatAnInterruptedMigrationLeftIsRemovedAndTheMigrationRunsAgain() throws Exception {
        Path path = dir.resolve("cust.ism");
        writeFormer(path, false, List.of(rec("A00001", "ROME")));
        Files.writeString(dir.resolve("cust.ism.migrating"), "half a file");
        try (IsamFile f = IsamFile.open(path)) {
            assertThat(f.count()).isEqualTo(1);
        }
        assertThat(dir.resolve("cust.ism.migrating")).doesNotExist();
    }
}
