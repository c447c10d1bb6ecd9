package com.synconfig.app.gui.certificates;

import com.synconfig.app.gui.CertificateWizardKind;
import com.synconfig.model.pki.CertificateIssuer;
import com.synconfig.model.pki.CertificateToolkit;
import com.synconfig.model.pki.DistinguishedName;
import com.synconfig.model.pki.NewPassphrase;
import com.synconfig.model.pki.SubjectAltNames;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What a certificate wizard asks (the subject fields of {@code synconfig cert}'s {@code --cn --o --ou --l --st --c
 * --email}, the names, the validity, a new passphrase typed twice) and what keeps it from going ahead. The domain
 * owners judge: {@link DistinguishedName} the subject, {@link SubjectAltNames} the names, {@link CertificateIssuer}
 * the validity, {@link NewPassphrase} the two passphrases, {@link CertificateToolkit} a CA key's passphrase.
 */
public final class CertificateWizardForm {

    private static final Set<CertificateWizardKind> WITH_SUBJECT = EnumSet.of(CertificateWizardKind.SELF_SIGNED,
            CertificateWizardKind.LOCAL_CA, CertificateWizardKind.ISSUE_FROM_CA, CertificateWizardKind.REQUEST);
    private static final Set<CertificateWizardKind> WITH_NAMES = EnumSet.of(CertificateWizardKind.SELF_SIGNED,
            CertificateWizardKind.ISSUE_FROM_CA, CertificateWizardKind.REQUEST);
    private static final Set<CertificateWizardKind> WITH_DAYS = EnumSet.of(CertificateWizardKind.SELF_SIGNED,
            CertificateWizardKind.LOCAL_CA, CertificateWizardKind.ISSUE_FROM_CA);

    private final CertificateWizardKind kind;
    final StringProperty cn = new SimpleStringProperty(this, "cn", "");
    final StringProperty o = new SimpleStringProperty(this, "o", "");
    final StringProperty ou = new SimpleStringProperty(this, "ou", "");
    final StringProperty l = new SimpleStringProperty(this, "l", "");
    final StringProperty st = new SimpleStringProperty(this, "st", "");
    final StringProperty c = new SimpleStringProperty(this, "c", "");
    final StringProperty email = new SimpleStringProperty(this, "email", "");
    final StringProperty sans = new SimpleStringProperty(this, "sans", "");
    final StringProperty days = new SimpleStringProperty(this, "days", "");
    final StringProperty passphrase = new SimpleStringProperty(this, "passphrase", "");
    final StringProperty confirmation = new SimpleStringProperty(this, "confirmation", "");
    private final StringBinding problem;

    public CertificateWizardForm(CertificateWizardKind kind) {
        this.kind = kind;
        problem = Bindings.createStringBinding(this::firstProblem, cn, o, ou, l, st, c, email, sans, days, passphrase,
                confirmation);
    }

    public boolean asksSubject() {
        return WITH_SUBJECT.contains(kind);
    }

    public boolean asksNames() {
        return WITH_NAMES.contains(kind);
    }

    public boolean asksDays() {
        return WITH_DAYS.contains(kind);
    }

    /** @throws IllegalArgumentException naming the field that is wrong and how to fix it */
    public DistinguishedName subject() {
        return new DistinguishedName(cn.get(), o.get(), ou.get(), l.get(), st.get(), c.get(), email.get());
    }

    /** @throws IllegalArgumentException naming the entry that is wrong */
    public SubjectAltNames altNames() {
        return SubjectAltNames.parse(Arrays.stream(sans.get().split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList());
    }

    /** @throws IllegalArgumentException when it is no number of days, or out of range */
    public int days() {
        int value;
        try {
            value = Integer.parseInt(days.get().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Validity '" + days.get() + "' is not a number of days.");
        }
        CertificateIssuer.checkDays(value);
        return value;
    }

    /**
     * The new passphrase, the same in both fields; {@code null} for none.
     *
     * @throws IllegalArgumentException when the two differ, or a CA key would have none
     */
    public char[] newPassphrase() {
        char[] value = NewPassphrase.confirmed(passphrase.get().toCharArray(), confirmation.get().toCharArray(),
                protectedThing());
        if (kind == CertificateWizardKind.LOCAL_CA) {
            CertificateToolkit.checkCaPassphrase(value);
        }
        return value.length == 0 ? null : value;
    }

    private String protectedThing() {
        return switch (kind) {
            case LOCAL_CA -> "the CA key";
            case IMPORT_REPLY -> "the written key";
            case CONVERT -> "the converted file";
            default -> "the new key";
        };
    }

    /** Why Finish cannot go ahead (the first problem, with its fix); empty when it can. */
    public StringBinding problemProperty() {
        return problem;
    }

    private String firstProblem() {
        try {
            if (asksSubject()) {
                subject();
            }
            if (asksNames()) {
                altNames();
            }
            if (asksDays()) {
                days();
            }
            newPassphrase();
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
