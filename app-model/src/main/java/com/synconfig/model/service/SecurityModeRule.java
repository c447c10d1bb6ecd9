package com.synconfig.model.service;

import com.synconfig.model.check.Finding;
import java.util.List;

/** The security compliance level and how secure mode, non-secure mode, encryption and the default user combine. */
final class SecurityModeRule implements ServiceRule {

    @Override
    public void check(ServiceDefinition service, List<ServiceDefinition> others, List<Finding> out) {
        if (service.scl() == Scl.DEFAULT) {
            out.add(Finding.info("scl", "Security compliance level " + Scl.DEFAULT.label()
                            + " follows the product's default level, which may change when the product is upgraded.",
                    "Choose " + Scl.CURRENT_DEFAULT.number() + " to keep today's level after an upgrade."));
        }
        if (service.scl() == Scl.LEVEL_2) {
            out.add(Finding.warning("scl", "Security compliance level 2 turns TLS 1.1 on, which is deprecated"
                            + " (RFC 8996) and refused by current clients and scanners.",
                    "Choose 3 (TLS 1.2 and 1.3) unless a client that cannot do TLS 1.2 must still connect."));
        }
        if (service.nonSecure() && service.encrypt()) {
            if (service.platform() == Platform.WINDOWS) {
                out.add(Finding.error("nonSecure", "Non-secure mode does not support encryption on Windows.",
                        "Switch to secure mode, or turn encryption off (e.g. add a second, unencrypted service"
                                + " for non-secure clients)."));
            } else if (service.defaultUser() == null) {
                out.add(Finding.error("defaultUser", "Non-secure mode with encryption needs a default user on "
                                + service.platform().displayName() + ".",
                        "Set a default user (the account non-secure clients run as), or switch to secure mode."));
            }
        }
        if (service.nonSecure()) {
            out.add(Finding.warning("nonSecure", "In non-secure mode any client that reaches the port runs as "
                            + (service.defaultUser() == null ? "the default user" : "'" + service.defaultUser() + "'")
                            + " without a password, and can read, write and truncate every file under the data root.",
                    "Use secure mode, or keep only files every client may change under this service's data root"
                            + " (and reach it only from trusted hosts)."));
        }
        if (!service.nonSecure() && service.defaultUser() != null) {
            out.add(Finding.warning("defaultUser", "Default user '" + service.defaultUser()
                            + "' is ignored in secure mode: every client logs in with its own user name and password.",
                    "Remove the default user, or turn on non-secure mode."));
        }
    }
}
