package com.synconfig.server.client;

import com.synconfig.model.files.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The servers the user chose to trust on first use: one line {@code host:port sha256:AB:CD:...} each, in the file
 * {@code known-servers} next to the configuration file. A server found here is checked against its pin, and so is
 * known to encrypt.
 */
public final class KnownServers {

    public static final String FILE_NAME = "known-servers";

    private final Path file;

    public KnownServers(Path file) {
        this.file = file;
    }

    /** The known-servers file beside {@code configFile}. */
    public static KnownServers beside(Path configFile) {
        return new KnownServers(configFile.toAbsolutePath().resolveSibling(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /** The pin remembered for this server, if any. */
    public Optional<String> pinFor(String host, int port) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String key = key(host, port);
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::trim)
                .filter(l -> l.startsWith(key + " ")).map(l -> l.substring(key.length()).trim()).findFirst();
    }

    /** Remembers {@code pin} for this server (an earlier pin for it is replaced). */
    public void remember(String host, int port, String pin) throws IOException {
        String key = key(host, port);
        StringBuilder text = new StringBuilder();
        if (Files.isRegularFile(file)) {
            Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.trim().startsWith(key + " "))
                    .forEach(l -> text.append(l).append('\n'));
        }
        text.append(key).append(' ').append(pin).append('\n');
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** How to check this server when the user said nothing: its remembered pin, else nothing is known. */
    public ServerTrust trustFor(String host, int port) throws IOException {
        return pinFor(host, port).map(ServerTrust::pinned).orElseGet(ServerTrust::nothingKnown);
    }

    private static String key(String host, int port) {
        return host.toLowerCase(Locale.ROOT) + ":" + port;
    }
}
