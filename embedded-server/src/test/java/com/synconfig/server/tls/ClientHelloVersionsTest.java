package com.synconfig.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.Random;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import org.junit.jupiter.api.Test;

/** Reading the versions out of real ClientHellos (the JDK's), whole, split over records, cut short and corrupted. */
class ClientHelloVersionsTest {

    @Test
    void readsTheHighestVersionFromSupportedVersions() throws Exception {
        ClientHelloVersions v = ClientHelloVersions.read(Unpooled.wrappedBuffer(clientHello("TLSv1.3", "TLSv1.2")));
        assertThat(v).isEqualTo(new ClientHelloVersions(0x0304, false));
    }

    @Test
    void withoutSupportedVersionsTheLegacyVersionCounts() throws Exception {
        ClientHelloVersions v = ClientHelloVersions.read(Unpooled.wrappedBuffer(clientHello("TLSv1.2")));
        assertThat(v).isEqualTo(new ClientHelloVersions(0x0303, false));
    }

    @Test
    void aHelloSplitOverTwoRecordsReadsTheSame() throws Exception {
        byte[] one = clientHello("TLSv1.3", "TLSv1.2");
        int body = one.length - 5;
        int first = body / 2;
        ByteBuf two = Unpooled.buffer();
        two.writeByte(0x16).writeShort(0x0301).writeShort(first).writeBytes(one, 5, first);
        two.writeByte(0x16).writeShort(0x0301).writeShort(body - first).writeBytes(one, 5 + first, body - first);
        assertThat(ClientHelloVersions.read(two)).isEqualTo(new ClientHelloVersions(0x0304, false));
        assertThat(two.readerIndex()).as("nothing consumed").isZero();
    }

    @Test
    void everyShorterPrefixAsksForMoreBytes() throws Exception {
        byte[] hello = clientHello("TLSv1.3", "TLSv1.2");
        for (int n = 0; n < hello.length; n++) {
            assertThat(ClientHelloVersions.read(Unpooled.wrappedBuffer(hello, 0, n))).as("first %d bytes", n).isNull();
        }
    }

    @Test
    void corruptedHellosAreEitherReadOrRefusedNeverCrash() throws Exception {
        byte[] hello = clientHello("TLSv1.3", "TLSv1.2");
        Random random = new Random(7507);
        for (int i = 0; i < 5_000; i++) {
            byte[] bad = hello.clone();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
            }
            try {
                ClientHelloVersions.read(Unpooled.wrappedBuffer(bad));
            } catch (IllegalArgumentException refused) {
                assertThat(refused.getMessage()).isNotBlank();
            }
        }
    }

    @Test
    void somethingElseIsRefused() {
        assertThatThrownBy(() -> ClientHelloVersions.read(Unpooled.wrappedBuffer(new byte[] {0x17, 3, 3, 0, 1, 0})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a handshake record");
    }

    @Test
    void protocolNamesMapToWireVersions() {
        assertThat(ClientHelloVersions.highestOf(java.util.List.of("TLSv1.1", "TLSv1.2"))).isEqualTo(0x0303);
        assertThat(ClientHelloVersions.wireVersion("SSLv3")).isEqualTo(-1);
    }

    /** The first flight of a JDK client enabling {@code protocols}. */
    private static byte[] clientHello(String... protocols) throws Exception {
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, null, null);
        SSLEngine engine = ctx.createSSLEngine("localhost", 2330);
        engine.setUseClientMode(true);
        engine.setEnabledProtocols(protocols);
        ByteBuffer out = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
        engine.wrap(ByteBuffer.allocate(0), out);
        out.flip();
        byte[] bytes = new byte[out.remaining()];
        out.get(bytes);
        return bytes;
    }
}
