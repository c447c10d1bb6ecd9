package com.synconfig.model.config;

import com.synconfig.model.files.AtomicFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The configuration file on disk. {@link #load()} reads it (writing the defaults on first start);
 * {@link #save} writes a changed configuration so that nothing is ever lost:
 * <ul>
 *   <li>it refuses when the file changed on disk since it was loaded ({@link ConcurrentChangeException});</li>
 *   <li>it keeps the previous version as {@code <file>.bak};</li>
 *   <li>it replaces the file atomically, so a crash leaves the complete old or the complete new version;</li>
 *   <li>it changes only the lines whose settings changed, so comments and order survive;</li>
 *   <li>the file and its backup keep the file's permissions, owner and group, and a symbolic link is written
 *       through to its target.</li>
 * </ul>
 * Saves by several SynConfig processes are serialised with a lock on {@code <file>.lock}.
 */
public final class ConfigStore {

    static final List<String> NEW_FILE_HEADER = List.of(
            "SynConfig configuration: one [section] per xfServer service (one rsynd listener).",
            "The format is described in docs/configuration.md. You may edit this file by hand:",
            "comments and the order you choose are kept when SynConfig saves it.");

    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS_LOCKS = new ConcurrentHashMap<>();

    private final Path file;

    public ConfigStore(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    public Path file() {
        return file;
    }

    public Path backupFile() {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    private Path lockFile() {
        return file.resolveSibling(file.getFileName() + ".lock");
    }

    /** Reads the file; on first start (no file yet) writes the defaults first: the one service SynSrv. */
    public ConfigSnapshot load() throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            locked(() -> {
                if (!Files.exists(file)) {
                    String text = ConfigFileFormat.newFile(ServiceConfiguration.defaults(), NEW_FILE_HEADER);
                    AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
                }
                return null;
            });
        }
        return snapshot(ConfigFileFormat.readBytes(file));
    }

    /**
     * Writes {@code updated} over the configuration {@code base} was loaded from and returns the new snapshot.
     *
     * @throws ConcurrentChangeException when the file on disk is no longer what {@code base} was loaded from
     * @throws IllegalArgumentException  when a value cannot be represented in the file (nothing is written)
     */
    public ConfigSnapshot save(ConfigSnapshot base, ServiceConfiguration updated) throws IOException {
        byte[] next = ConfigFileFormat.write(base.content(), updated).getBytes(StandardCharsets.UTF_8);
        boolean changed = locked(() -> {
            byte[] current;
            try {
                current = ConfigFileFormat.readBytes(file);
            } catch (NoSuchFileException e) {
                throw new ConcurrentChangeException(file);
            }
            if (!hash(current).equals(base.contentHash())) {
                throw new ConcurrentChangeException(file);
            }
            if (Arrays.equals(current, next)) {
                return false;
            }
            deleteLeftoverTempFiles();
            AtomicFiles.write(backupFile(), current, file); // the backup holds the same values: same access
            AtomicFiles.write(file, next);
            return true;
        });
        return changed ? snapshot(next) : base;
    }

    private ConfigSnapshot snapshot(byte[] bytes) throws ConfigFileException {
        return new ConfigSnapshot(ConfigFileFormat.read(ConfigFileFormat.decode(bytes, file), file), hash(bytes));
    }

    /** What runs while this process holds the lock. */
    private interface LockedAction<T> {
        T run() throws IOException;
    }

    /**
     * Runs {@code action} holding the lock file; closing the channel releases the lock, also when the process dies.
     * A file lock is held by the whole process, so threads of this process (a GUI and a background task, say)
     * first queue on a lock of their own.
     */
    private <T> T locked(LockedAction<T> action) throws IOException {
        ReentrantLock inProcess = IN_PROCESS_LOCKS.computeIfAbsent(file, f -> new ReentrantLock());
        inProcess.lock();
        try (FileChannel channel = FileChannel.open(lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            channel.lock();
            return action.run();
        } finally {
            inProcess.unlock();
        }
    }

    /** Temporary files of saves that died half-way (the lock guarantees no save is running now). */
    private void deleteLeftoverTempFiles() throws IOException {
        Path real = AtomicFiles.throughLinks(file); // temporary files are made next to what is really written
        String prefix = AtomicFiles.tempPrefix(real);
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(real.getParent(),
                p -> p.getFileName().toString().startsWith(prefix)
                        && p.getFileName().toString().endsWith(AtomicFiles.TEMP_SUFFIX))) {
            for (Path leftover : dir) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
