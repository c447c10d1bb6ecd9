package com.synconfig.server.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * ISAM administration on local files, as the original's {@code isamc}, {@code %ISINFO} and {@code isutl -p} do it:
 * the one owner the Files screen and {@code synconfig isam} both ask.
 */
public final class IsamAdministration {

    /** What {@code %ISINFO} tells of a file. */
    public record Info(IsamDefinition definition, long records, boolean networkEncrypt) {
    }

    private IsamAdministration() {
    }

    /**
     * The file a client-style name means inside a data root, by the server's own rule (relative, no {@code ..}, no
     * link leading outside); a name the server would refuse is refused here with the same reason.
     */
    public static Path inDataRoot(Path dataRoot, String name) throws IOException {
        try {
            return new DataRoot(dataRoot).resolve(name == null ? "" : name.trim());
        } catch (StoreException refused) {
            throw new IllegalArgumentException(refused.info(), refused);
        }
    }

    /**
     * Creates an empty ISAM file (and its folder); an existing file is never replaced.
     *
     * @param keys key specifications, the primary key first, e.g. {@code 1:6} and {@code 7:10,dups}
     * @throws IllegalArgumentException naming what is wrong with the definition or the file
     */
    public static IsamDefinition create(Path file, int recordSize, List<String> keys, boolean networkEncrypt)
            throws IOException {
        if (Files.exists(file)) {
            throw new IllegalArgumentException(file + " already exists: choose another name.");
        }
        IsamDefinition definition = new IsamDefinition(recordSize,
                keys.stream().filter(k -> !k.isBlank()).map(KeySpec::parse).toList(), networkEncrypt);
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        IsamFile.create(file, definition).close();
        return definition;
    }

    /** Whether a file is an ISAM file (and not a sequential one). */
    public static boolean isIsam(Path file) {
        return IsamFile.isIsam(file);
    }

    /** Whether a file belongs to an ISAM file beside it (LMDB's {@code NAME-lock}): listings leave it out. */
    public static boolean isCompanion(Path file) {
        return IsamFile.isCompanion(file);
    }

    /**
     * The definition, record count and network-encrypt flag. Fails with {@code $ERR_FILUSE} while another program
     * has the file open; a running server keeps a file open until it has been idle for a minute.
     */
    public static Info info(Path file) {
        try (IsamFile isam = IsamFile.open(file)) {
            return new Info(isam.definition(), isam.count(), isam.networkEncrypt());
        }
    }

    /**
     * Sets or clears the network-encrypt flag ({@code isutl -p -qfile=[no]network_encrypt}); like {@link #info}, not
     * while another program has the file open.
     */
    public static void setNetworkEncrypt(Path file, boolean on) {
        try (IsamFile isam = IsamFile.open(file)) {
            isam.setNetworkEncrypt(on);
        }
    }
}
