package com.synconfig.model.rsynd;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.service.LogLevel;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.StartMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Rendering a service and parsing the line back gives the same service, for every platform's style.
 * The generated services cover more than the valid ones (any in-range port, any combination of settings,
 * values with spaces, quotes, slashes, leading dashes and non-ASCII letters), so the valid ones are covered.
 */
class RsyndRoundTripPropertyTest {

    @Property(tries = 2000)
    void parseOfRenderGivesTheServiceBack(@ForAll("services") ServiceDefinition service, @ForAll Platform platform) {
        String line = RsyndCommandLine.render(service, platform);
        RsyndParseResult parsed = RsyndCommandLine.parse(line, service, platform);

        // The generator must really exercise quoting and both styles, or the property proves little.
        Statistics.label("quoted").collect(line.contains("\""));
        Statistics.label("quoted").coverage(c -> c.check(true).percentage(p -> p > 20));
        Statistics.label("platform").collect(platform);
        Statistics.label("platform").coverage(c -> c.check(Platform.OPENVMS).percentage(p -> p > 20));
        assertThat(parsed.findings()).as(line).isEmpty();
        assertThat(parsed.service()).as(line).isEqualTo(service.toBuilder().platform(platform).build());
    }

    @Property(tries = 500)
    void aRenderedLineNeverCarriesTheDeprecatedCipherOption(@ForAll("services") ServiceDefinition service,
                                                             @ForAll Platform platform) {
        assertThat(RsyndCommandLine.render(service, platform).toLowerCase()).doesNotContain("cipher");
    }

    @Provide
    Arbitrary<ServiceDefinition> services() {
        Arbitrary<ServiceDefinition.Builder> commandLineSettings = Builders.withBuilder(() -> new ServiceDefinition.Builder("SynSrv"))
                .use(Arbitraries.integers().between(1024, 65535)).in((b, v) -> b.port(v))
                .use(Arbitraries.of(true, false)).in((b, v) -> b.encrypt(v))
                .use(optional(paths())).in((b, v) -> b.certificateFile(v))
                .use(Arbitraries.of(Scl.class)).in((b, v) -> b.scl(v))
                .use(Arbitraries.of(true, false)).in((b, v) -> b.nonSecure(v))
                .use(optional(users())).in((b, v) -> b.defaultUser(v))
                .use(Arbitraries.of(LogLevel.class)).in((b, v) -> b.logLevel(v))
                .use(optional(paths())).in((b, v) -> b.logFile(v))
                .build();
        return Combinators.combine(commandLineSettings, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                        Arbitraries.of(StartMode.class), optional(paths()), Arbitraries.of(Platform.class),
                        optional(paths()))
                .as((b, name, startMode, dataRoot, platform, dblDir) -> {
                    b.name(name).startMode(startMode).dataRoot(dataRoot).platform(platform);
                    if (dblDir != null) {
                        b.env("DBLDIR", dblDir);
                    }
                    return b.build();
                });
    }

    private static Arbitrary<String> optional(Arbitrary<String> values) {
        return values.injectNull(0.3);
    }

    /** File names as each platform writes them, with spaces, plus arbitrary printable text. */
    private static Arbitrary<String> paths() {
        Arbitrary<String> segment = Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '.', '-', '_', '$')
                .ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> unix = segment.list().ofMinSize(1).ofMaxSize(4).map(l -> "/" + String.join("/", l));
        Arbitrary<String> windows = segment.list().ofMinSize(1).ofMaxSize(4)
                .map(l -> "C:\\Program Files\\" + String.join("\\", l));
        Arbitrary<String> openVms = Combinators.combine(segment, segment)
                .as((dir, file) -> "DKA0:[" + dir.toUpperCase() + "]" + file + ".PEM;1");
        return Arbitraries.oneOf(unix, windows, openVms, anyText());
    }

    private static Arbitrary<String> users() {
        Arbitrary<String> plain = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> domain = Combinators.combine(plain, plain).as((d, u) -> d.toUpperCase() + "\\" + u);
        Arbitrary<String> withSpace = Combinators.combine(plain, plain).as((a, b) -> a + " " + b);
        return Arbitraries.oneOf(plain, domain, withSpace, anyText());
    }

    /** Printable ASCII (quotes, '=', '/', '-', '!' and all), tabs and a few non-ASCII letters. */
    private static Arbitrary<String> anyText() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars('\t', 'é', 'ü', 'ß', '€').ofMinLength(1).ofMaxLength(24);
    }
}
