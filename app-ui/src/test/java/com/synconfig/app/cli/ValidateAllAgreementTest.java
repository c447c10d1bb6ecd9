package com.synconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.app.gui.ConfigurationDocument;
import com.synconfig.app.gui.services.ValidateAllViewModel;
import com.synconfig.app.gui.services.ValidationRow;
import com.synconfig.model.config.ConfigStore;
import com.synconfig.model.pki.PemCertificateCheck;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.model.service.ServiceValidator;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validate all (the program) gives each service the verdict and the findings {@code synconfig validate} prints. */
class ValidateAllAgreementTest {

    @TempDir
    Path dir;

    @Test
    void oneValidAndOneInvalidServiceGetTheSameVerdictsAndFindingsFromBothFaces() throws Exception {
        Path config = dir.resolve("synconfig.ini");
        CliRunner cli = new CliRunner(config);
        assertThat(cli.run("service", "add", "Backup", "--port", "2331").exitCode()).isZero();
        // Backup turns invalid behind the command line's back: encryption with a certificate file that is not there
        ConfigStore store = new ConfigStore(config);
        var snap = store.load();
        store.save(snap, snap.services().with(snap.services().find("Backup").orElseThrow().toBuilder()
                .encrypt(true).certificateFile(dir.resolve("missing.pem").toString()).build()));

        CliRunner.Result r = cli.run("validate");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        List<String> printed = r.out().lines().toList();

        ConfigurationDocument document = new ConfigurationDocument(new ConfigStore(config));
        document.load();
        ValidateAllViewModel vm = new ValidateAllViewModel(document::services,
                new ServiceValidator(new PemCertificateCheck(), ServiceLayouts.current(config)));
        vm.run();
        List<String> shown = vm.rows().stream().map(row -> row.service() + ": "
                + (row.finding() == null ? "OK" : row.finding().toString())).toList();
        assertThat(shown).isEqualTo(printed.subList(0, printed.size() - 1));
        assertThat(vm.summaryProperty().get()).isEqualTo(printed.get(printed.size() - 1))
                .matches("2 service\\(s\\) checked: [1-9]\\d* error\\(s\\), \\d+ warning\\(s\\)\\.");

        Map<String, String> verdicts = new LinkedHashMap<>();
        vm.rows().forEach(row -> verdicts.put(row.service(), row.verdict()));
        assertThat(verdicts).containsExactly(Map.entry("SynSrv", "OK"), Map.entry("Backup", "ERROR"));
        assertThat(printed).contains("SynSrv: OK").anyMatch(l -> l.startsWith("Backup: ERROR certificateFile: "));
        assertThat(vm.rows()).filteredOn(row -> row.service().equals("Backup")).extracting(ValidationRow::finding)
                .anySatisfy(f -> assertThat(f.message()).contains("missing.pem"));
    }
}
