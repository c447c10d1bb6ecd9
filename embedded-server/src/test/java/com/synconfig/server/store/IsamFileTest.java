package com.synconfig.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synconfig.server.wire.ErrorCode;
import com.synconfig.server.wire.Match;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IsamFileTest {

    @TempDir
    Path dir;

    /** 20-byte records: id 1:6 (unique), city 7:10 (duplicates), rest free. */
    private IsamFile customers() {
        return IsamFile.create(dir.resolve("cust.ism"),
                new IsamDefinition(20, List.of(KeySpec.parse("1:6"), KeySpec.parse("7:10,dups")), false));
    }

    static byte[] rec(String id, String city, String rest) {
        return String.format("%-6s%-10s%-4s", id, city, rest).getBytes(StandardCharsets.ISO_8859_1);
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    @Test
    void readsByExactPartialAndGreaterKeyAndRefusesDuplicates() {
        try (IsamFile f = customers()) {
            f.insert(rec("A00002", "PARIS", "x"));
            f.insert(rec("A00001", "LONDON", "y"));
            f.insert(rec("B00001", "PARIS", "z"));
            assertThat(text(f.seek(0, "A00001".getBytes(), Match.EQUAL).orElseThrow().data())).startsWith("A00001LONDON");
            assertThat(text(f.seek(0, "B".getBytes(), Match.EQUAL).orElseThrow().data())).startsWith("B00001");
            assertThat(f.seek(0, "A00003".getBytes(), Match.EQUAL)).isEmpty();
            assertThat(text(f.seek(0, "A00003".getBytes(), Match.GREATER_OR_EQUAL).orElseThrow().data())).startsWith("B00001");
            assertThatThrownBy(() -> f.insert(rec("A00001", "ROME", "")))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NODUPS));
            // duplicates on key 1 come back in insertion order
            IsamFile.Hit first = f.seek(1, "PARIS".getBytes(), Match.EQUAL).orElseThrow();
            assertThat(text(first.data())).startsWith("A00002");
            assertThat(text(f.next(1, first.position()).orElseThrow().data())).startsWith("B00001");
            assertThat(f.count()).isEqualTo(3);
        }
    }

    @Test
    void insertAllKeepsTheWholeBatchAcrossReopenOrNoneOfItWhenOneRecordIsRefused() {
        Path file = dir.resolve("cust.ism");
        try (IsamFile f = customers()) {
            f.insertAll(List.of(rec("B00001", "PARIS", "1"), rec("A00001", "ROME", "2")));
            assertThatThrownBy(() -> f.insertAll(List.of(rec("C00001", "OSLO", "3"), rec("A00001", "BERN", "4"))))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NODUPS));
        }
        try (IsamFile f = IsamFile.open(file)) {
            assertThat(f.count()).isEqualTo(2);
            assertThat(text(f.next(0, null).orElseThrow().data())).startsWith("A00001ROME");
            assertThat(f.seek(0, "C00001".getBytes(), Match.EQUAL)).isEmpty();
            f.insert(rec("C00001", "OSLO", "3"));
            assertThat(f.count()).isEqualTo(3);
        }
    }

    @Test
    void walksForwardAndBackwardInKeyOrder() {
        try (IsamFile f = customers()) {
            for (String id : List.of("C", "A", "B")) {
                f.insert(rec(id, "X", ""));
            }
            StringBuilder fwd = new StringBuilder();
            byte[] at = null;
            for (var h = f.next(0, at); h.isPresent(); h = f.next(0, at)) {
                fwd.append(text(h.get().data()).charAt(0));
                at = h.get().position();
            }
            assertThat(fwd).hasToString("ABC");
            assertThat(text(f.previous(0, null).orElseThrow().data())).startsWith("C");
        }
    }

    @Test
    void updateKeepsPrimaryKeyAndDeleteRemovesFromEveryIndex() {
        try (IsamFile f = customers()) {
            long id = f.insert(rec("A1", "PARIS", ""));
            f.update(id, rec("A1", "OSLO", ""));
            assertThat(f.seek(1, "PARIS".getBytes(), Match.EQUAL)).isEmpty();
            assertThat(f.seek(1, "OSLO".getBytes(), Match.EQUAL)).isPresent();
            assertThatThrownBy(() -> f.update(id, rec("A2", "OSLO", "")))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.KEYNOT));
            f.delete(id);
            assertThat(f.seek(0, "A1".getBytes(), Match.EQUAL)).isEmpty();
            assertThat(f.seek(1, "OSLO".getBytes(), Match.EQUAL)).isEmpty();
        }
    }

    @Test
    void wrongRecordSizeAndUnknownKeyAreRefused() {
        try (IsamFile f = customers()) {
            assertThatThrownBy(() -> f.insert("short".getBytes()))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.IRCSIZ));
            assertThatThrownBy(() -> f.seek(5, "x".getBytes(), Match.EQUAL))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BADKEY));
        }
    }

    @Test
    void recordsAndTheNetworkEncryptFlagSurviveReopening() {
        Path p = dir.resolve("cust.ism");
        try (IsamFile f = customers()) {
            f.insert(rec("A1", "PARIS", ""));
            assertThat(f.networkEncrypt()).isFalse();
            f.setNetworkEncrypt(true);
        }
        assertThat(IsamFile.isIsam(p)).isTrue();
        try (IsamFile f = IsamFile.open(p)) {
            assertThat(f.networkEncrypt()).isTrue();
            assertThat(f.definition().keys()).extracting(KeySpec::toString).containsExactly("1:6", "7:10,dups");
            assertThat(f.seek(0, "A1".getBytes(), Match.EQUAL)).isPresent();
        }
    }

    @Test
    void variableLengthRecordsMustCoverTheKeys() {
        try (IsamFile f = IsamFile.create(dir.resolve("v.ism"), new IsamDefinition(0, List.of(KeySpec.parse("1:4")), false))) {
            f.insert("ABCD and a long tail".getBytes());
            f.insert("EFGH".getBytes());
            assertThatThrownBy(() -> f.insert("ABC".getBytes())).isInstanceOf(StoreException.class);
            assertThat(f.count()).isEqualTo(2);
        }
    }

    @Test
    void keySpecsParseAndReject() {
        assertThat(KeySpec.parse("1:4+9:2,dups").length()).isEqualTo(6);
        assertThat(KeySpec.parse("1:4+9:2,dups").end()).isEqualTo(10);
        assertThatThrownBy(() -> KeySpec.parse("0:4")).hasMessageContaining("position starts at 1");
        assertThatThrownBy(() -> KeySpec.parse("abc")).hasMessageContaining("POS:LEN");
        assertThatThrownBy(() -> new IsamDefinition(10, List.of(KeySpec.parse("8:4")), false))
                .hasMessageContaining("reaches byte 11");
    }
}
