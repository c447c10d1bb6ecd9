package com.synconfig.model.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;

/**
 * Replaces a file so that, whatever moment the process dies at, the file holds either its complete old or its
 * complete new content: write a temporary file in the same directory, force it to disk, rename it over the
 * target (atomically where the file system can), then force the directory entry to disk.
 * <p>
 * The new file keeps the old one's permissions, owner and group (a 0600 file holding environment values stays
 * 0600; the owner only where this process may set it, i.e. as root or as that owner), and a symbolic link is
 * written through: its target gets the new content, the link stays.
 */
final class AtomicFiles {

    /** Temporary files are named {@code .<target>.<random>.tmp}; leftovers of a killed save can be recognised. */
    static final String TEMP_SUFFIX = ".tmp";
    /** Most symbolic links followed in a chain, as Linux does. */
    private static final int MAX_LINKS = 40;

    private AtomicFiles() {
    }

    static void write(Path target, byte[] content) throws IOException {
        write(target, content, target);
    }

    /**
     * @param like the file whose permissions, owner and group the new file takes when it exists (the target itself,
     *             or for a backup the file it is a copy of); without it, the process's defaults apply
     */
    static void write(Path target, byte[] content, Path like) throws IOException {
        Path real = throughLinks(target);
        Path dir = real.getParent();
        PosixFileAttributes keep = posixAttributes(throughLinks(like));
        Path temp = dir.resolve(tempPrefix(real) + UUID.randomUUID() + TEMP_SUFFIX);
        try {
            // created with the kept permissions, so the content is never readable by more than before
            FileAttribute<?>[] mode = keep == null ? new FileAttribute<?>[0]
                    : new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(keep.permissions())};
            try (FileChannel ch = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), mode)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            if (keep != null) {
                keepAttributes(temp, keep);
            }
            try {
                Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        forceDirectory(dir);
    }

    static String tempPrefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    /** Where writing {@code p} really lands: the end of its chain of symbolic links (which may not exist yet). */
    static Path throughLinks(Path p) throws IOException {
        Path at = p.toAbsolutePath().normalize();
        for (int links = 0; Files.isSymbolicLink(at); links++) {
            if (links == MAX_LINKS) {
                throw new FileSystemException(p.toString(), null, "more than " + MAX_LINKS + " symbolic links");
            }
            at = at.resolveSibling(Files.readSymbolicLink(at)).normalize();
        }
        return at;
    }

    /** The file's POSIX attributes, or {@code null} when it does not exist or the file system has none. */
    private static PosixFileAttributes posixAttributes(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        return view == null || !Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? null : view.readAttributes();
    }

    private static void keepAttributes(Path temp, PosixFileAttributes keep) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        view.setPermissions(keep.permissions()); // the umask may have taken bits the old file had
        PosixFileAttributes now = view.readAttributes();
        try {
            if (!now.group().equals(keep.group())) {
                view.setGroup(keep.group());
            }
            if (!now.owner().equals(keep.owner())) {
                view.setOwner(keep.owner());
            }
        } catch (FileSystemException notPermitted) {
            // only root (or, for the group, a member) may give a file away: the file is this process's user's now
        }
    }

    /** Makes the rename durable. Not every platform can open a directory (Windows cannot); there it is skipped. */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The rename itself is done; only its durability across a power cut is left to the file system.
        }
    }
}
