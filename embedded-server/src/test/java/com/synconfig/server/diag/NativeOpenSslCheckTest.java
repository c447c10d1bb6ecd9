package com.synconfig.server.diag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeOpenSslCheckTest {

    @TempDir
    Path dir;

    private static DiagnosticEnvironment linux(Map<String, String> vars, List<Path> systemDirs) {
        return new DiagnosticEnvironment(vars, DiagnosticEnvironment.Os.LINUX, systemDirs);
    }

    @Test
    void loadsThisMachinesOpenSslAndReportsTheVersionTheBinaryReports() throws Exception {
        assumeTrue(DiagnosticEnvironment.Os.current() == DiagnosticEnvironment.Os.LINUX, "Linux library names");
        Process p = new ProcessBuilder("openssl", "version").start();
        String version = new String(p.getInputStream().readAllBytes()).trim();
        p.waitFor();
        String library = version.replaceFirst(".*\\(Library: (.*)\\)$", "$1");

        CheckResult r = new NativeOpenSslCheck(DiagnosticEnvironment.current()).run();

        assertThat(r.status()).as(r.toString()).isEqualTo(CheckStatus.PASS);
        assertThat(r.summary()).startsWith("libssl.so.3 loads from /").endsWith(": " + library + ", TLS 1.3 capable");
        assertThat(r.details()).anyMatch(d -> d.startsWith("libcrypto.so.3: loaded from /"))
                .anyMatch(d -> d.equals("libssl.so.1.1: not found"));
    }

    @Test
    void aTextFilePosingAsLibsslFailsWithTheLoadersError() throws Exception {
        Files.writeString(dir.resolve("libssl.so.3"),
                "this is not a shared library, only text that a broken copy left behind\n".repeat(4));

        CheckResult r = new NativeOpenSslCheck(linux(Map.of("LD_LIBRARY_PATH", dir.toString()), List.of())).run();

        assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(r.summary()).startsWith("libssl.so.3 at " + dir.resolve("libssl.so.3") + " does not load: ");
        assertThat(r.details()).contains("libcrypto.so.3: not found")
                .anyMatch(d -> d.startsWith("search path (LD_LIBRARY_PATH, then system directories): " + dir))
                .anyMatch(d -> d.startsWith("libssl.so.3: " + dir.resolve("libssl.so.3") + " does not load: ")
                        && d.endsWith(dir.resolve("libssl.so.3") + ": invalid ELF header"));
        assertThat(r.fix()).contains("take " + dir + " out of LD_LIBRARY_PATH");
    }

    @Test
    void aWrongArchitectureLibsslFailsWithTheLoadersError() throws Exception {
        assumeTrue(DiagnosticEnvironment.Os.current() == DiagnosticEnvironment.Os.LINUX
                && System.getProperty("os.arch").equals("amd64"), "a 32-bit ELF is foreign on 64-bit Linux");
        Files.write(dir.resolve("libssl.so.3"), elf32SharedObjectHeader());

        CheckResult r = new NativeOpenSslCheck(linux(Map.of("LD_LIBRARY_PATH", dir.toString()), List.of())).run();

        assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(r.summary()).isEqualTo("libssl.so.3 at " + dir.resolve("libssl.so.3") + " does not load: "
                + dir.resolve("libssl.so.3") + ": wrong ELF class: ELFCLASS32");
    }

    @Test
    void nothingFoundIsAWarningWithTheFix() {
        CheckResult r = new NativeOpenSslCheck(linux(Map.of(), List.of(dir))).run();

        assertThat(r.status()).isEqualTo(CheckStatus.WARN);
        assertThat(r.summary()).isEqualTo("no OpenSSL shared library found");
        assertThat(r.details()).contains("libssl.so.3: not found", "libcrypto.so.3: not found");
        assertThat(r.fix()).contains("LD_LIBRARY_PATH");
    }

    /** The header of a 32-bit x86 shared object, padded: enough for the loader to say it is the wrong class. */
    private static byte[] elf32SharedObjectHeader() {
        ByteBuffer b = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {0x7f, 'E', 'L', 'F', 1, 1, 1, 0});
        b.position(16);
        b.putShort((short) 3).putShort((short) 3).putInt(1); // ET_DYN, EM_386, EV_CURRENT
        b.position(40);
        b.putShort((short) 52).putShort((short) 32).putShort((short) 0).putShort((short) 40);
        return b.array();
    }
}
