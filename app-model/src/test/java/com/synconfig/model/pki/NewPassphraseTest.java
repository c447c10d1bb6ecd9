package com.synconfig.model.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NewPassphraseTest {

    @Test
    void theSamePassphraseTwiceIsTheNewPassphrase() {
        char[] first = "s3cret".toCharArray();
        assertThat(NewPassphrase.confirmed(first, "s3cret".toCharArray(), "the CA key")).isSameAs(first);
    }

    @Test
    void twoDifferentPassphrasesAreRefusedNamingWhatTheyAreFor() {
        assertThatThrownBy(() -> NewPassphrase.confirmed("s3cret".toCharArray(), "s3cre".toCharArray(), "the CA key"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The two passphrases for the CA key differ: type the same passphrase twice.");
    }
}
