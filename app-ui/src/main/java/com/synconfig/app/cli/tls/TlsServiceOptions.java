package com.synconfig.app.cli.tls;

import com.synconfig.app.cli.base.ContextHolder;
import com.synconfig.model.pki.ServiceKeyType;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.tls.CipherCatalog;
import com.synconfig.model.tls.EngineFacts;
import com.synconfig.model.tls.KeyType;
import com.synconfig.model.tls.ServerOffer;
import com.synconfig.server.tls.EngineProbe;
import com.synconfig.server.tls.TlsEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The options that describe a service's TLS side for {@code ciphers} and {@code preview}: a configured service
 * ({@code --service}, its SCL and its certificate's key type) or an SCL; the key type; the engine.
 */
public final class TlsServiceOptions {

    @Option(names = "--service", paramLabel = "NAME", description = "A configured service: its SCL and certificate.")
    String serviceName;

    @Option(names = "--scl", paramLabel = "N", converter = SclConverter.class,
            description = "Security compliance level: 0 (default, currently 3), 2 or 3. Default: 0.")
    Scl scl;

    @Option(names = "--key", paramLabel = "rsa|ec", converter = KeyTypeConverter.class,
            description = "The certificate's key type (default: the service's certificate, else rsa).")
    KeyType keyType;

    @Option(names = "--engine", paramLabel = "boringssl|jdk", converter = EngineConverter.class,
            description = "The TLS engine to ask (default: the one the server would use here).")
    TlsEngine engine;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private Scl resolvedScl;
    private KeyType resolvedKey;

    TlsEngine engine() {
        return engine != null ? engine : TlsEngine.preferred();
    }

    EngineFacts facts() {
        return EngineProbe.facts(engine());
    }

    Scl scl() {
        resolve();
        return resolvedScl;
    }

    KeyType keyType() {
        resolve();
        return resolvedKey;
    }

    ServerOffer offer() {
        return ServerOffer.compute(scl(), keyType(), facts(), CipherCatalog.standard());
    }

    /** Takes SCL and key type from the named service, or from the options; usage errors name what is wrong. */
    private void resolve() {
        if (resolvedScl != null) {
            return;
        }
        if (serviceName == null) {
            resolvedScl = scl != null ? scl : Scl.DEFAULT;
            resolvedKey = keyType != null ? keyType : KeyType.RSA;
            return;
        }
        if (scl != null) {
            throw new ParameterException(command.commandLine(), "Give --service or --scl, not both.");
        }
        ServiceDefinition service;
        try {
            service = new ConfiguredServices(command).named(serviceName);
        } catch (IllegalArgumentException | IOException e) {
            throw new ParameterException(command.commandLine(), e.getMessage());
        }
        resolvedScl = service.scl();
        resolvedKey = keyType != null ? keyType : certificateKey(service).orElse(KeyType.RSA);
    }

    /** The key type of the service's certificate; says on stderr when it cannot be read (RSA is assumed then). */
    private Optional<KeyType> certificateKey(ServiceDefinition service) {
        ServiceKeyType key = ServiceKeyType.of(ContextHolder.of(command).layouts()
                .of(service));
        if (key.keyType().isEmpty()) {
            PrintWriter err = command.commandLine().getErr();
            err.println("Note: " + key.problem() + "; assuming an RSA key (give --key ec for an EC certificate).");
            err.flush();
        }
        return key.keyType();
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
