package com.synconfig.server.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** The codec: every request survives a round trip; arbitrary bytes decode or fail as a ProtocolException only. */
class WirePropertyTest {

    @Property(tries = 300)
    void requestsRoundTrip(@ForAll("requests") Request request) {
        Request back = Request.decode(request.encode());
        assertThat(back).usingRecursiveComparison().isEqualTo(request);
    }

    @Property(tries = 2000)
    void arbitraryBytesNeverBreakTheDecoderOtherThanAsProtocolErrors(@ForAll @Size(min = 1, max = 64) byte[] payload) {
        try {
            Request.decode(payload);
        } catch (ProtocolException expected) {
            // the server answers $ERR_PROTOCOL and closes
        }
        try {
            Response.decode(payload);
        } catch (ProtocolException expected) {
            // the client reports a lost connection
        }
    }

    @Property(tries = 2000)
    void arbitraryBodiesAfterAValidCodeFailCleanly(@ForAll("codes") int code, @ForAll @Size(max = 40) byte[] body) {
        byte[] payload = new byte[body.length + 1];
        payload[0] = (byte) code;
        System.arraycopy(body, 0, payload, 1, body.length);
        try {
            Request.decode(payload);
        } catch (ProtocolException expected) {
            // fine
        }
    }

    @Provide
    Arbitrary<Integer> codes() {
        return Arbitraries.of(Request.HELLO, Request.LOGIN, Request.OPEN, Request.READ, Request.READS, Request.FIND,
                Request.STORE, Request.WRITE, Request.SELECT, Request.GETFA, Request.ISINFO);
    }

    @Provide
    Arbitrary<Request> requests() {
        Arbitrary<Integer> channel = Arbitraries.integers().between(1, 1024);
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(30);
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(40);
        Arbitrary<FieldTest> test = Combinators.combine(Arbitraries.integers().between(1, 100),
                Arbitraries.of(FieldTest.Op.values()), Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(8))
                .as((pos, op, v) -> new FieldTest(pos, v.length, op, v));
        Arbitrary<SelectFilter> filter = Combinators.combine(Arbitraries.integers().between(0, 3), bytes, bytes,
                test.list().ofMaxSize(4)).as(SelectFilter::new);
        return Arbitraries.oneOf(
                Combinators.combine(text, Arbitraries.integers().between(0, 65535)).as(Request.Hello::new),
                Combinators.combine(text, text).as(Request.Login::new),
                Combinators.combine(text, Arbitraries.of(OpenMode.values()), text).as(Request.Open::new),
                Combinators.combine(channel, Arbitraries.integers().between(0, 255), bytes, Arbitraries.of(Match.values()),
                        Arbitraries.of(true, false)).as(Request.Read::new),
                Combinators.combine(channel, Arbitraries.of(true, false), Arbitraries.of(true, false))
                        .as(Request.ReadSequential::new),
                Combinators.combine(channel, bytes).as(Request.Store::new),
                Combinators.combine(channel, bytes).as(Request.Write::new),
                Combinators.combine(channel, filter, Arbitraries.integers().between(0, 500)).as(Request.Select::new),
                Combinators.combine(channel, text, Arbitraries.integers().between(0, 200)).as(Request.GetFa::new),
                channel.map(Request.Close::new), channel.map(Request.Delete::new),
                Arbitraries.just(new Request.Bye()));
    }

    @Property(tries = 1)
    void errorFramesCarryMnemonicTextAndInfo() {
        Response.Error e = Response.Error.of(ErrorCode.NETCRYPT, "secret.ism");
        Response back = Response.decode(e.encode());
        assertThat(back).isEqualTo(new Response.Error(ErrorCode.NETCRYPT, "File requires network encryption", "secret.ism"));
        assertThat(List.of(ErrorCode.values())).extracting(ErrorCode::mnemonic).doesNotHaveDuplicates();
    }
}
