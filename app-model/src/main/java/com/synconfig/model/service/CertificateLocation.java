package com.synconfig.model.service;

import java.util.Map;
import java.util.Optional;

/**
 * Where an encrypted service's certificate file is: the explicit {@code -cert} file, else {@code rsynd.pem}
 * in the directory named by {@code DBLDIR}, taken from the service's environment, then the process's.
 *
 * @param path   the file as the target platform spells it
 * @param source how it was found
 */
public record CertificateLocation(String path, Source source) {

    /** How the certificate file was found; {@link #description()} completes a sentence about the file. */
    public enum Source {
        EXPLICIT("the certificate file set for the service"),
        SERVICE_DBLDIR("rsynd.pem in DBLDIR from the service's environment"),
        PROCESS_DBLDIR("rsynd.pem in DBLDIR from this program's environment");

        private final String description;

        Source(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /**
     * @param processEnv the environment to fall back on for {@code DBLDIR}; pass an empty map when the
     *                   service is configured for another machine
     * @return empty when no file is set and {@code DBLDIR} is defined nowhere
     */
    public static Optional<CertificateLocation> resolve(ServiceDefinition service, Map<String, String> processEnv) {
        if (service.certificateFile() != null) {
            return Optional.of(new CertificateLocation(service.certificateFile(), Source.EXPLICIT));
        }
        String fromService = nonBlank(service.environment().get(ServiceDefinition.DBLDIR));
        if (fromService != null) {
            return Optional.of(new CertificateLocation(inDirectory(fromService, service.platform()), Source.SERVICE_DBLDIR));
        }
        String fromProcess = nonBlank(processEnv.get(ServiceDefinition.DBLDIR));
        if (fromProcess != null) {
            return Optional.of(new CertificateLocation(inDirectory(fromProcess, service.platform()), Source.PROCESS_DBLDIR));
        }
        return Optional.empty();
    }

    /** Joins {@code rsynd.pem} to a directory as the platform writes it (OpenVMS: {@code DKA0:[SYNERGY]} or a logical name). */
    static String inDirectory(String directory, Platform platform) {
        String file = ServiceDefinition.DEFAULT_CERTIFICATE;
        return switch (platform) {
            case UNIX -> directory.endsWith("/") ? directory + file : directory + "/" + file;
            case WINDOWS -> directory.endsWith("\\") || directory.endsWith("/") ? directory + file : directory + "\\" + file;
            case OPENVMS -> directory.endsWith("]") || directory.endsWith(">") || directory.endsWith(":")
                    ? directory + file : directory + ":" + file;
        };
    }

    private static String nonBlank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
