package com.synconfig.app.gui.files;

import java.nio.file.Path;

/**
 * One data file under a service's data root.
 *
 * @param file           the file
 * @param name           its path relative to the data root
 * @param isam           ISAM (else sequential)
 * @param size           bytes on disk
 * @param records        record count (ISAM only; -1 otherwise)
 * @param keys           key layout, e.g. {@code 1:6;7:10,dups} (ISAM only)
 * @param networkEncrypt whether remote access must be encrypted (ISAM only)
 */
public record FileRow(Path file, String name, boolean isam, long size, long records, String keys,
                      boolean networkEncrypt) {
}
