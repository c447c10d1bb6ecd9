package com.synconfig.server.store;

import com.synconfig.model.files.AtomicFiles;
import com.synconfig.server.wire.ClientText;
import com.synconfig.server.wire.ErrorCode;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves an ISAM file of the former layout (an H2 MVStore file: a header map, the records by id, an index per key)
 * to today's, the first time it is opened. The new file is written beside it as {@code NAME.migrating} and synced;
 * the old one is kept as {@code NAME.h2-backup} (a second name of the same file, so nothing is copied); then the new
 * file takes the name in one atomic rename. Whatever fails before that rename leaves the old file as it was, and
 * the error says why; a process killed in between leaves the old file in place and the next open migrates again.
 */
final class IsamMigration {

    /** The log line goes to the server log ({@code rsynd.log}) too: it hangs below the server's event logger. */
    private static final Logger LOG = LoggerFactory.getLogger("com.synconfig.server.rsynd.store");
    static final String BACKUP_SUFFIX = ".h2-backup";
    static final String TEMPORARY_SUFFIX = ".migrating";
    private static final int BATCH = 10_000;

    private IsamMigration() {
    }

    /** Migrates {@code path} (a real path of an MVStore file no one in this process has open). */
    static void migrate(Path path) {
        Path temporary = sibling(path, TEMPORARY_SUFFIX);
        removeLeftover(temporary);
        long records;
        try (MVStore old = openOld(path)) {
            records = copy(path, old, temporary);
        } catch (RuntimeException e) {
            removeLeftover(temporary);
            throw e;
        }
        Path backup = backupName(path);
        try {
            keepAs(path, backup);
            try {
                AtomicFiles.putInPlace(temporary, path);
            } catch (IOException e) {
                Files.deleteIfExists(backup);
                throw e;
            }
        } catch (IOException e) {
            removeLeftover(temporary);
            throw new StoreException(ErrorCode.IOFAIL, StoreException.quotedName(path) + ": the ISAM file of the former "
                    + "format could not be migrated (" + reason(e) + "); it was left unchanged", e);
        }
        LOG.warn("{}: migrated {} records from the former ISAM format (H2 MVStore) to LMDB; the former file is kept as "
                + "{} (delete it once the data is checked)", path, records, backup.getFileName());
    }

    private static MVStore openOld(Path path) {
        try {
            return new MVStore.Builder().fileName(path.toString()).readOnly().open();
        } catch (MVStoreException e) {
            throw new StoreException(ErrorCode.FILUSE, StoreException.quotedName(path) + ": the ISAM file is in use by "
                    + "another program or damaged", e);
        }
    }

    /** Writes the old file's definition and records into a new file at {@code temporary}; returns the count. */
    private static long copy(Path path, MVStore old, Path temporary) {
        MVMap<String, String> header = old.openMap(LmdbIsam.HEADER);
        IsamDefinition definition;
        try {
            definition = new IsamDefinition(Integer.parseInt(header.get("recordSize")),
                    KeySpec.parseList(header.get("keys")), Boolean.parseBoolean(header.get("networkEncrypt")));
        } catch (RuntimeException e) {
            throw LmdbIsam.damaged(path, "its former-format header is missing or not valid", e);
        }
        MVMap<Long, byte[]> records = old.openMap(LmdbIsam.RECORDS);
        long count = 0;
        try (IsamFile target = IsamFile.create(temporary, definition)) {
            Cursor<Long, byte[]> c = records.cursor(null);
            List<byte[]> data = new ArrayList<>(BATCH);
            long[] ids = new long[BATCH];
            while (c.hasNext()) {
                ids[data.size()] = c.next();
                data.add(c.getValue());
                if (data.size() == BATCH || !c.hasNext()) {
                    target.restore(data.size() == BATCH ? ids : Arrays.copyOf(ids, data.size()), data);
                    count += data.size();
                    data.clear();
                }
            }
        } catch (MVStoreException e) {
            throw LmdbIsam.damaged(path, "its records cannot be read", e);
        }
        return count;
    }

    /** Gives the old file its backup name as a second link (or, where links are not possible, as a copy). */
    private static void keepAs(Path path, Path backup) throws IOException {
        try {
            Files.createLink(backup, path);
        } catch (UnsupportedOperationException | FileSystemException noLinks) {
            Files.copy(path, backup, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /** {@code NAME.h2-backup}, or {@code NAME.h2-backup-2} and so on when that name is taken. */
    static Path backupName(Path path) {
        Path backup = sibling(path, BACKUP_SUFFIX);
        for (int n = 2; Files.exists(backup); n++) {
            backup = sibling(path, BACKUP_SUFFIX + "-" + n);
        }
        return backup;
    }

    /** Removes what an interrupted migration left; refuses while another program is migrating the file. */
    private static void removeLeftover(Path temporary) {
        if (Files.exists(temporary)) {
            try (ExclusiveUse unused = ExclusiveUse.claim(temporary, false)) {
                Files.delete(temporary);
            } catch (StoreException inUse) {
                throw new StoreException(ErrorCode.FILUSE, StoreException.quotedName(temporary) + ": another program is "
                        + "migrating this ISAM file; try again when it is done", inUse);
            } catch (IOException e) {
                throw StoreException.io(ErrorCode.IOFAIL, ClientText.quote(temporary.getFileName().toString()), e);
            }
        }
        try {
            Files.deleteIfExists(LmdbIsam.lockFile(temporary));
        } catch (IOException ignored) {
            // a stale lock file is reset by the next program that opens the file
        }
    }

    private static Path sibling(Path path, String suffix) {
        return path.resolveSibling(path.getFileName() + suffix);
    }

    private static String reason(IOException e) {
        return e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.toString();
    }
}
