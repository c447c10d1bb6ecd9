package com.synconfig.app.gui.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.app.gui.CertificateWizardKind;
import org.junit.jupiter.api.Test;

/** The wizards' form: the domain's rules for the subject, names, validity and a new passphrase decide Finish. */
class CertificateWizardFormTest {

    private static CertificateWizardForm filled(CertificateWizardKind kind) {
        CertificateWizardForm form = new CertificateWizardForm(kind);
        form.cn.set("files.example.test");
        form.sans.set("DNS:files.example.test, IP:192.0.2.7");
        form.days.set("398");
        return form;
    }

    @Test
    void everySubjectFieldTheCommandLineTakesGoesIntoTheSubject() {
        CertificateWizardForm form = filled(CertificateWizardKind.SELF_SIGNED);
        form.o.set("Example");
        form.ou.set("Servers");
        form.l.set("Berlin");
        form.st.set("Berlin");
        form.c.set("de");
        form.email.set("admin@example.test");
        assertThat(form.problemProperty().get()).isEmpty();
        assertThat(form.subject().opensslSubject())
                .isEqualTo("/C=DE/ST=Berlin/L=Berlin/O=Example/OU=Servers/CN=files.example.test"
                        + "/emailAddress=admin@example.test");
        assertThat(form.newPassphrase()).as("empty: no passphrase").isNull();
    }

    @Test
    void aCountryOfMoreThanTwoLettersOrABadAddressIsNamedByTheSubjectsOwnRule() {
        CertificateWizardForm form = filled(CertificateWizardKind.REQUEST);
        form.c.set("Germany");
        assertThat(form.problemProperty().get())
                .isEqualTo("Country (C) 'Germany' must be a two-letter ISO code, e.g. US or DE.");
        form.c.set("DE");
        form.email.set("admin");
        assertThat(form.problemProperty().get()).isEqualTo("E-mail 'admin' is not an address like admin@example.com.");
        form.email.set("");
        assertThat(form.problemProperty().get()).isEmpty();
    }

    @Test
    void aNewPassphraseMustBeTypedTwiceTheSame() {
        CertificateWizardForm form = filled(CertificateWizardKind.ISSUE_FROM_CA);
        form.passphrase.set("s3cret");
        assertThat(form.problemProperty().get())
                .isEqualTo("The two passphrases for the new key differ: type the same passphrase twice.");
        form.confirmation.set("s3creT");
        assertThat(form.problemProperty().get()).contains("differ");
        form.confirmation.set("s3cret");
        assertThat(form.problemProperty().get()).isEmpty();
        assertThat(form.newPassphrase()).containsExactly('s', '3', 'c', 'r', 'e', 't');
    }

    @Test
    void aCaKeyNeedsAPassphraseAndTheValidityItsRange() {
        CertificateWizardForm form = filled(CertificateWizardKind.LOCAL_CA);
        assertThat(form.problemProperty().get()).isEqualTo("The CA key must be protected: give a passphrase for it.");
        form.passphrase.set("ca");
        form.confirmation.set("ca");
        form.days.set("ten");
        assertThat(form.problemProperty().get()).isEqualTo("Validity 'ten' is not a number of days.");
        form.days.set("0");
        assertThat(form.problemProperty().get()).startsWith("Validity of 0 days is out of range");
        form.days.set("3650");
        assertThat(form.problemProperty().get()).isEmpty();
    }

    @Test
    void wizardsWithoutASubjectAskOnlyForTheirPassphrase() {
        CertificateWizardForm form = new CertificateWizardForm(CertificateWizardKind.CONVERT);
        form.c.set("Germany"); // not asked: no subject
        assertThat(form.problemProperty().get()).isEmpty();
        form.passphrase.set("p12");
        assertThat(form.problemProperty().get()).contains("the converted file differ");
    }
}
