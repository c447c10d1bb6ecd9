package com.synconfig.server.diag;

import java.util.List;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** Bouncy Castle, which reads and writes certificates and keys: present, and which version. */
public final class BouncyCastleCheck {

    static final String NAME = "Bouncy Castle";

    private BouncyCastleCheck() {
    }

    public static CheckResult run() {
        try {
            BouncyCastleProvider bc = new BouncyCastleProvider();
            return CheckResult.pass(NAME, "provider " + bc.getName() + " " + bc.getVersionStr() + " present",
                    List.of(bc.getInfo()));
        } catch (LinkageError e) {
            return CheckResult.fail(NAME, "the Bouncy Castle provider is missing: " + e, List.of(),
                    "Reinstall SynConfig: its lib directory must hold bcprov-jdk18on and bcpkix-jdk18on.");
        }
    }
}
