package com.synconfig.server.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.service.HostEnvironment;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayouts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * What SynConfig asks systemd, recorded: the real units are exercised by installers/systemd-test.sh under a booted
 * systemd; here, that a GUI polling every second does not run systemctl every second for every stopped service.
 */
class SystemdUnitsTest {

    private final List<String> asked = new ArrayList<>();
    private final AtomicLong now = new AtomicLong();
    private String state = "failed";
    private final SystemdUnits units = new SystemdUnits(command -> {
        asked.add(String.join(" ", command));
        return new ManagerCommands.Result(command[1].equals("is-active") ? 3 : 0, command[1].equals("is-active")
                ? state + "\n" : "");
    }, now::get);
    private final ServiceLayouts layouts = new ServiceLayouts(Path.of("/etc/synconfig/synconfig.ini"),
            HostEnvironment.current());

    @Test
    void aUnitsStateIsAskedOnceWithinItsLifetime() {
        for (int second = 0; second < 5; second++) {
            now.set(TimeUnit.SECONDS.toNanos(second));
            assertThat(units.problem("SynSrv")).contains("systemd reports the unit failed");
        }
        assertThat(asked).containsExactly("systemctl is-active synconfig@SynSrv.service");

        now.set(TimeUnit.SECONDS.toNanos(5));
        state = "inactive";
        assertThat(units.problem("SynSrv")).isEmpty();
        assertThat(asked).hasSize(2);
    }

    @Test
    void startingOrStoppingForgetsWhatWasKnown() throws Exception {
        assertThat(units.problem("SynSrv")).isPresent();
        state = "active";
        units.start(layouts.of(ServiceDefinition.named("SynSrv")), List.of());
        assertThat(units.problem("SynSrv")).isEmpty();
        assertThat(asked).containsExactly("systemctl is-active synconfig@SynSrv.service",
                "systemctl start --no-block synconfig@SynSrv.service", "systemctl is-active synconfig@SynSrv.service");
    }
}
