package com.synconfig.app.cli.cert;

import com.synconfig.model.pki.DistinguishedName;
import com.synconfig.model.pki.SubjectAltNames;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The subject fields and subject alternative names of a certificate or request. */
final class SubjectOptions {

    @Option(names = "--cn", paramLabel = "NAME", description = "Common name (default: this machine's host name).")
    String cn;

    @Option(names = "--o", paramLabel = "ORG", description = "Organisation.")
    String o;

    @Option(names = "--ou", paramLabel = "UNIT", description = "Organisational unit.")
    String ou;

    @Option(names = "--l", paramLabel = "CITY", description = "Locality.")
    String l;

    @Option(names = "--st", paramLabel = "STATE", description = "State or province.")
    String st;

    @Option(names = "--c", paramLabel = "CC", description = "Two-letter country code.")
    String c;

    @Option(names = "--email", paramLabel = "ADDRESS", description = "E-mail address.")
    String email;

    @Option(names = "--san", paramLabel = "DNS:name|IP:addr",
            description = "Subject alternative name, repeatable (default: DNS:<host name> and IP:127.0.0.1).")
    List<String> sans = new ArrayList<>();

    DistinguishedName subject(String defaultCn) {
        return new DistinguishedName(cn == null ? defaultCn : cn, o, ou, l, st, c, email);
    }

    /** The given names, or the host name and 127.0.0.1 when none were given. */
    SubjectAltNames altNames() {
        return sans.isEmpty() ? SubjectAltNames.defaults() : SubjectAltNames.parse(sans);
    }
}
