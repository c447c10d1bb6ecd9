package com.synconfig.app.cli.tls;

import com.synconfig.model.service.Scl;
import com.synconfig.model.tls.CipherCatalog;
import com.synconfig.model.tls.EngineFacts;
import com.synconfig.model.tls.KeyType;
import com.synconfig.model.tls.ServerOffer;
import com.synconfig.server.tls.EngineProbe;
import com.synconfig.server.tls.TlsEngine;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options that describe a service's TLS side for {@code ciphers} and {@code preview}: SCL, key type, engine. */
public final class TlsServiceOptions {

    @Option(names = "--scl", paramLabel = "N", converter = SclConverter.class, defaultValue = "0",
            description = "Security compliance level: 0 (default, currently 3), 2 or 3. Default: ${DEFAULT-VALUE}.")
    Scl scl;

    @Option(names = "--key", paramLabel = "rsa|ec", converter = KeyTypeConverter.class, defaultValue = "rsa",
            description = "The certificate's key type. Default: ${DEFAULT-VALUE}.")
    KeyType keyType;

    @Option(names = "--engine", paramLabel = "boringssl|jdk", converter = EngineConverter.class,
            description = "The TLS engine to ask (default: the one the server would use here).")
    TlsEngine engine;

    TlsEngine engine() {
        return engine != null ? engine : TlsEngine.preferred();
    }

    EngineFacts facts() {
        return EngineProbe.facts(engine());
    }

    ServerOffer offer() {
        return ServerOffer.compute(scl, keyType, facts(), CipherCatalog.standard());
    }

    /** Parses an SCL, naming the valid levels when it is wrong. */
    public static final class SclConverter implements ITypeConverter<Scl> {
        @Override
        public Scl convert(String value) {
            try {
                return Scl.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class KeyTypeConverter implements ITypeConverter<KeyType> {
        @Override
        public KeyType convert(String value) {
            try {
                return KeyType.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a key type: use rsa or ec.");
            }
        }
    }

    static final class EngineConverter implements ITypeConverter<TlsEngine> {
        @Override
        public TlsEngine convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            TlsEngine e = v.equals("jdk") ? TlsEngine.JDK : v.equals("boringssl") ? TlsEngine.BORINGSSL : null;
            if (e == null) {
                throw new TypeConversionException("'" + value + "' is not a TLS engine: use boringssl or jdk.");
            }
            if (!e.isAvailable()) {
                throw new TypeConversionException("the " + e.label() + " engine does not load here: "
                        + e.unavailabilityCause());
            }
            return e;
        }
    }
}
