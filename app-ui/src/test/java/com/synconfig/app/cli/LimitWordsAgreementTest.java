package com.synconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.app.gui.services.ServiceEditorViewModel;
import com.synconfig.model.check.Finding;
import com.synconfig.model.service.CertificateCheck;
import com.synconfig.model.service.ConnectionLimits.Limit;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.model.service.ServiceValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A limit that is not a whole number is refused in the same words by the service dialog and {@code service set}. */
class LimitWordsAgreementTest {

    @TempDir
    Path dir;

    @Test
    void theDialogAndTheCommandLineNameTheLimitAndItsDefaultAlike() throws Exception {
        Path config = dir.resolve("synconfig.ini");
        CliRunner cli = new CliRunner(config);
        assertThat(cli.run("service", "list").exitCode()).isZero();
        byte[] before = Files.readAllBytes(config);
        ServiceLayouts layouts = ServiceLayouts.current(config);
        Map<Limit, String> options = Map.of(Limit.MAX_CONNECTIONS, "--max-connections",
                Limit.MAX_CONNECTIONS_PER_HOST, "--max-connections-per-host", Limit.LOGIN_TIMEOUT, "--login-timeout");
        Map<Limit, Function<ServiceEditorViewModel, StringProperty>> fields = Map.of(
                Limit.MAX_CONNECTIONS, ServiceEditorViewModel::maxConnectionsProperty,
                Limit.MAX_CONNECTIONS_PER_HOST, ServiceEditorViewModel::maxConnectionsPerHostProperty,
                Limit.LOGIN_TIMEOUT, ServiceEditorViewModel::loginTimeoutProperty);
        for (Limit limit : Limit.values()) {
            ServiceEditorViewModel vm = ServiceEditorViewModel.modify(ServiceDefinition.defaults(),
                    List.of(ServiceDefinition.defaults()), new ServiceValidator(CertificateCheck.NONE, layouts), layouts);
            fields.get(limit).apply(vm).set("lots");
            List<Finding> shown = vm.findingsFor(limit.field());
            assertThat(shown).hasSize(1);

            CliRunner.Result r = cli.run("service", "set", "SynSrv", options.get(limit), "lots");
            assertThat(r.exitCode()).as("%s", r).isEqualTo(2);
            assertThat(r.err()).as("%s", r).contains(shown.get(0).messageAndFix())
                    .contains(limit.label() + " 'lots'", "e.g. " + limit.defaultValue() + " (the default)");
            assertThat(Files.readAllBytes(config)).isEqualTo(before);
        }
    }
}
