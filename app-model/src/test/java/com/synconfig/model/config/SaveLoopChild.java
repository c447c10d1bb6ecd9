package com.synconfig.model.config;

import com.synconfig.model.service.Platform;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The process {@link ConfigStoreKillTest} kills: saves version A and version B of a configuration alternately,
 * forever, through {@link ConfigStore}. Prints {@code ready} once its first save is done, so the killer's random
 * delay lands among saves rather than in the JVM's start-up.
 */
public final class SaveLoopChild {

    private SaveLoopChild() {
    }

    public static void main(String[] args) throws Exception {
        ConfigStore store = new ConfigStore(Path.of(args[0]));
        ServiceConfiguration a = versionA();
        ServiceConfiguration b = versionB();
        ConfigSnapshot snap = store.load();
        snap = store.save(snap, snap.services().equals(a) ? b : a);
        System.out.println("ready");
        System.out.flush();
        while (true) {
            snap = store.save(snap, snap.services().equals(a) ? b : a);
        }
    }

    /** Forty services; big enough (about 14 KB) that a kill often lands in the middle of writing. */
    static ServiceConfiguration versionA() {
        return version(false);
    }

    /** Every service of A with different values (and different line lengths), the same keys. */
    static ServiceConfiguration versionB() {
        return version(true);
    }

    private static ServiceConfiguration version(boolean b) {
        List<ServiceDefinition> services = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            services.add(ServiceDefinition.named(String.format("Svc%02d", i)).toBuilder()
                    .port((b ? 4000 : 2330) + i)
                    .encrypt(b)
                    .certificateFile(b ? "/etc/synergy/version-b/rsynd.pem" : "/etc/synergy/rsynd.pem")
                    .scl(b ? Scl.LEVEL_2 : Scl.LEVEL_3)
                    .defaultUser(b ? "guest" : "nobody")
                    .dataRoot(b ? "/srv/synergy/data/of/version/b/" + i : "/srv/a" + i)
                    .env("DBLDIR", b ? "/usr/synergy/dbl/b" : "/usr/synergy/dbl")
                    .env("SYNSSL_RAND", b ? "/dev/urandom" : "/var/run/rand")
                    .platform(Platform.UNIX)
                    .build());
        }
        return new ServiceConfiguration(services);
    }

    /** Version A as an admin might have written it: with comments above sections and after values. */
    static String seedText() {
        String canonical = ConfigFileFormat.newFile(versionA(), List.of("kill test seed"));
        return canonical.replaceAll("\n\\[Svc(\\d\\d)]", "\n# owner: team $1\n[Svc$1]")
                .replaceAll("(?m)^(port = \\d+)$", "$1 ; opened in the firewall");
    }
}
