package com.synconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.app.gui.ConfigurationDocument;
import com.synconfig.app.gui.Messages;
import com.synconfig.app.gui.services.RsyndPasteViewModel;
import com.synconfig.model.config.ConfigStore;
import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.pki.PemCertificateCheck;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.model.service.ServiceValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paste rsynd line (the program) and {@code synconfig service import-rsynd} (the command line) are two faces of
 * one domain function: run on the same lines against the same configuration, they save the same services and refuse
 * the same lines.
 */
class RsyndImportAgreementTest {

    @TempDir
    Path dir;

    /** A line, the service it is for, and whether it should be saved. */
    private record Case(String line, String name, boolean saved) {
    }

    private List<Case> cases(Path cert) {
        return List.of(
                new Case("rsynd -p 2331 -encrypt -cert=" + cert + " -scl=2", "Backup", true),
                new Case("RSYND /PORT=2400 /NOSECURE /DEFAULT_USER=guest /LOG=errors", "SynSrv", true),
                new Case("-p 2332 -l requests -logfile=" + dir.resolve("third.log"), "Third", true),
                new Case("\"C:\\Program Files\\Synergex\\rsynd.exe\" -p 2333 -n -u app", "Fourth", true),
                new Case("rsynd -p 2334 -x", "Bad", false),                       // unknown option
                new Case("RSYND /PO=2335", "Short", false),                       // abbreviation too short
                new Case("rsynd -p 2400", "Clash", false),                        // SynSrv's port by now
                new Case("rsynd -p 2336 -encrypt -cert=" + dir.resolve("missing.pem"), "NoCert", false));
    }

    @Test
    void theProgramAndTheCommandLineSaveTheSameServices() throws Exception {
        Path cert = selfSignedPem(dir);
        Path guiConfig = Files.createDirectories(dir.resolve("gui")).resolve("synconfig.ini");
        Path cliConfig = Files.createDirectories(dir.resolve("cli")).resolve("synconfig.ini");
        ConfigurationDocument document = new ConfigurationDocument(new ConfigStore(guiConfig));
        document.load();
        CliRunner cli = new CliRunner(cliConfig);
        ServiceValidator validator = new ServiceValidator(new PemCertificateCheck(), ServiceLayouts.current(guiConfig));
        List<String> verdicts = new ArrayList<>();
        for (Case c : cases(cert)) {
            RsyndPasteViewModel paste = new RsyndPasteViewModel(document.services(), c.name(), validator,
                    Messages.load());
            paste.lineProperty().set(c.line());
            boolean guiSaves = paste.acceptableProperty().get();
            if (guiSaves) { // OK, then Save
                document.update(document.services().with(paste.result())); // as Paste rsynd line's OK does
                document.save();
            }
            CliRunner.Result r = cli.run("service", "import-rsynd", c.line(), "--name", c.name(), "--force");
            boolean cliSaves = r.exitCode() == 0;
            assertThat(r.exitCode()).as("%s", r).isIn(0, 1);
            verdicts.add(c.name() + " gui=" + guiSaves + " cli=" + cliSaves);
            assertThat(guiSaves).as("%s: the program and the command line agree (%s)", c, r).isEqualTo(cliSaves);
            assertThat(guiSaves).as("%s: expected verdict", c).isEqualTo(c.saved());
            ServiceConfiguration fromGui = new ConfigStore(guiConfig).load().services();
            ServiceConfiguration fromCli = new ConfigStore(cliConfig).load().services();
            assertThat(fromGui).as("after %s", c).isEqualTo(fromCli);
        }
        assertThat(new ConfigStore(cliConfig).load().services().names())
                .containsExactly("SynSrv", "Backup", "Third", "Fourth");
        assertThat(verdicts).hasSize(8);
    }

    private static Path selfSignedPem(Path dir) throws Exception {
        Path key = dir.resolve("key.pem");
        Path crt = dir.resolve("cert.pem");
        Process p = new ProcessBuilder(List.of("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                "ec_paramgen_curve:P-256", "-nodes", "-keyout", key.toString(), "-out", crt.toString(), "-days", "30",
                "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost")).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        Path pem = dir.resolve("rsynd.pem");
        Files.writeString(pem, Files.readString(crt) + Files.readString(key));
        return pem;
    }
}
