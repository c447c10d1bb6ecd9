package com.synconfig.server.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.tls.TlsProtocol;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SecureRenegotiationProbeTest {

    /** version, random, session id (1 byte), suite 0xC030, null compression. */
    private static final String HELLO = "0303" + "00".repeat(32) + "01" + "ab" + "c030" + "00";

    @Test
    void readsTheExtensionTypesOfAServerHello() throws Exception {
        byte[] withRenegotiationInfo = HexFormat.of().parseHex(HELLO + "000b" + "ff01000100" + "000b00020100");
        byte[] withoutExtensions = HexFormat.of().parseHex(HELLO);

        assertThat(SecureRenegotiationProbe.extensions(withRenegotiationInfo)).containsExactly(0xff01, 0x000b);
        assertThat(SecureRenegotiationProbe.extensions(withoutExtensions)).isEmpty();
    }

    @Test
    void theClientHelloIsOneTlsRecordAskingForRenegotiationInfo() {
        byte[] hello = SecureRenegotiationProbe.clientHello("localhost", TlsProtocol.TLS_V1_2);
        String hex = HexFormat.of().formatHex(hello);

        assertThat(hello[0]).isEqualTo((byte) 0x16);
        assertThat(((hello[3] & 0xff) << 8) | (hello[4] & 0xff)).isEqualTo(hello.length - 5);
        assertThat(hello[5]).as("ClientHello").isEqualTo((byte) 1);
        assertThat(hex.substring(18, 22)).as("client version TLS 1.2").isEqualTo("0303");
        assertThat(hex).contains("ff01000100").contains("c030").contains("6c6f63616c686f7374");
    }
}
