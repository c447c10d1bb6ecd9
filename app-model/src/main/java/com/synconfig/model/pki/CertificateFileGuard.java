package com.synconfig.model.pki;

import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayouts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Keeps certificate wizards from losing a file (#14): which services use a file, an output name that neither a
 * service nor an existing file has, and, before an existing file is replaced, the question to ask (naming the file
 * and its services) and the backup to keep when the admin agrees.
 */
public final class CertificateFileGuard {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final List<ServiceDefinition> services;
    private final ServiceLayouts layouts;
    private final Clock clock;

    /** @param layouts where each service's files are (its certificate as the server finds it) */
    public CertificateFileGuard(List<ServiceDefinition> services, ServiceLayouts layouts, Clock clock) {
        this.services = List.copyOf(services);
        this.layouts = layouts;
        this.clock = clock;
    }

    /**
     * An existing file about to be replaced.
     *
     * @param file     the file
     * @param services the services whose certificate file it is
     * @param backup   where the current file is kept
     */
    public record Replacement(Path file, List<String> services, Path backup) {

        /** The question for the admin, naming the file, what uses it and where the old one is kept. */
        public String question() {
            String users = services.isEmpty() ? "No service uses it."
                    : (services.size() == 1 ? "It is the certificate file of service " : "It is the certificate file of"
                    + " services ") + String.join(", ", services) + ", which will use the new one when "
                    + (services.size() == 1 ? "it restarts." : "they restart.");
            return file + " exists. " + users + "\nReplace it? The current file is kept as " + backup.getFileName()
                    + ".";
        }

        /** Copies the current file to {@link #backup}, keeping its permissions (a key stays owner-only). */
        public void keepBackup() throws IOException {
            Files.copy(file, backup, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /** The names of the services whose certificate file is {@code file}. */
    public List<String> servicesUsing(Path file) {
        return services.stream().filter(s -> layouts.certificateFile(s).filter(c -> sameFile(c, file)).isPresent())
                .map(ServiceDefinition::name).toList();
    }

    /** {@code suggested} when no file and no service has it, else the first free {@code NAME-2.pem}, {@code NAME-3.pem}... */
    public Path freeFile(Path suggested) {
        String name = suggested.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        Path candidate = suggested;
        for (int n = 2; Files.exists(candidate) || !servicesUsing(candidate).isEmpty(); n++) {
            candidate = suggested.resolveSibling(stem + "-" + n + extension);
        }
        return candidate;
    }

    /**
     * What replacing {@code file} means; empty when it is no existing file (nothing is lost; a directory or an empty
     * name fails when written, with its own message).
     */
    public Optional<Replacement> replacing(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Path backup = file.resolveSibling(file.getFileName() + ".bak");
        if (Files.exists(backup)) {
            backup = file.resolveSibling(file.getFileName() + "." + STAMP.format(clock.instant()) + ".bak");
        }
        return Optional.of(new Replacement(file, servicesUsing(file), backup));
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall back to comparing the names
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
