package com.synconfig.server.tls;

import com.synconfig.model.tls.CipherCatalog;
import com.synconfig.model.tls.CipherSuite;
import com.synconfig.model.tls.EngineFacts;
import com.synconfig.model.tls.TlsProtocol;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.OpenSsl;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.util.ReferenceCountUtil;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;

/** Asks a TLS engine on this machine what it can negotiate: its suites, its protocols, what java.security disables. */
public final class EngineProbe {

    private EngineProbe() {
    }

    /** The facts of {@code engine}; throws {@link IllegalStateException} when it does not load here. */
    public static EngineFacts facts(TlsEngine engine) {
        return engine == TlsEngine.JDK ? jdkFacts() : boringSslFacts();
    }

    private static EngineFacts boringSslFacts() {
        if (!OpenSsl.isAvailable()) {
            throw new IllegalStateException("BoringSSL (netty-tcnative) does not load: " + OpenSsl.unavailabilityCause());
        }
        Set<String> protocols;
        try {
            SslContext client = SslContextBuilder.forClient().sslProvider(TlsEngine.BORINGSSL.provider()).build();
            SSLEngine e = client.newEngine(ByteBufAllocator.DEFAULT);
            try {
                protocols = new HashSet<>(Arrays.asList(e.getSupportedProtocols()));
            } finally {
                ReferenceCountUtil.release(e);
                ReferenceCountUtil.release(client);
            }
        } catch (SSLException ex) {
            throw new IllegalStateException("BoringSSL (netty-tcnative) cannot make a context: " + ex.getMessage(), ex);
        }
        return new EngineFacts(TlsEngine.BORINGSSL.label(), ianaNames(OpenSsl.availableJavaCipherSuites()),
                protocols(protocols), Map.of(), false);
    }

    private static EngineFacts jdkFacts() {
        SSLParameters supported;
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, null, null);
            supported = ctx.getSupportedSSLParameters();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no usable TLS: " + e.getMessage(), e);
        }
        List<String> disabled = JdkTlsSettings.disabledEntries();
        Set<String> protocols = new HashSet<>(Arrays.asList(supported.getProtocols()));
        protocols.removeIf(p -> disabled.stream().anyMatch(p::equalsIgnoreCase));
        if (!JdkTlsSettings.tls11Effective()) {
            protocols.remove("TLSv1.1");
        }
        Set<String> suites = ianaNames(Arrays.asList(supported.getCipherSuites()));
        Map<String, String> disabledSuites = new LinkedHashMap<>();
        for (CipherSuite s : CipherCatalog.standard().all()) {
            String entry = JdkTlsSettings.disablingEntry(s.ianaName(), disabled);
            if (entry != null && !suites.contains(s.ianaName())) {
                disabledSuites.put(s.ianaName(), entry);
            }
        }
        return new EngineFacts(TlsEngine.JDK.label(), suites, protocols(protocols), disabledSuites, true);
    }

    private static Set<String> ianaNames(Iterable<String> engineNames) {
        Set<String> out = new HashSet<>();
        for (String n : engineNames) {
            CipherCatalog.standard().find(n).map(CipherSuite::ianaName).ifPresent(out::add);
        }
        return out;
    }

    private static Set<TlsProtocol> protocols(Set<String> names) {
        Set<TlsProtocol> out = EnumSet.noneOf(TlsProtocol.class);
        for (String n : names) {
            parseProtocol(n).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<TlsProtocol> parseProtocol(String name) {
        try {
            return Optional.of(TlsProtocol.parse(name));
        } catch (IllegalArgumentException e) { // SSLv2Hello is a hello format, not a protocol
            return Optional.empty();
        }
    }
}
