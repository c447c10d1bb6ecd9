package com.synconfig.model.files;

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
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The program's one way of replacing a file, so that whatever moment the process dies at, the file holds either
 * its complete old or its complete new content: write a temporary file in the same directory, force it to disk,
 * rename it over the target (atomically where the file system can), then force the directory entry to disk.
 * <p>
 * Who may read the new file is said by the caller: {@link #write(Path, byte[])} keeps the old file's permissions,
 * owner and group (a 0600 file holding environment values stays 0600; the owner only where this process may set
 * it, i.e. as root or as that owner); {@link #writeOwnerOnly} is for secrets (keys, password hashes: 0600, or an
 * owner-only ACL where there is no POSIX); {@link #writeReadable} for what anyone may read (certificates: 0644).
 * The temporary file has those permissions before its first byte. A symbolic link is written through: its target
 * gets the new content, the link stays.
 */
public final class AtomicFiles {

    /** Temporary files are named {@code .<target>.<random>.tmp}; leftovers of a killed write can be recognised. */
    public static final String TEMP_SUFFIX = ".tmp";
    /** Most symbolic links followed in a chain, as Linux does. */
    private static final int MAX_LINKS = 40;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFiles() {
    }

    /** Replaces {@code target}, keeping its permissions, owner and group (a new file gets the process's defaults). */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, target);
    }

    /**
     * @param like the file whose permissions, owner and group the new file takes when it exists (the target itself,
     *             or for a backup the file it is a copy of); without it, the process's defaults apply
     */
    public static void write(Path target, byte[] content, Path like) throws IOException {
        PosixFileAttributes keep = posixAttributes(throughLinks(like));
        replace(target, content, keep == null ? null : keep.permissions(), keep);
    }

    /** Replaces {@code target} with a file only its owner may read and write (a key, password hashes). */
    public static void writeOwnerOnly(Path target, byte[] content) throws IOException {
        replace(target, content, OWNER_ONLY, null);
    }

    /** Replaces {@code target} with a file anyone may read and its owner write (a certificate, a request). */
    public static void writeReadable(Path target, byte[] content) throws IOException {
        replace(target, content, READABLE, null);
    }

    /**
     * @param mode  POSIX permissions of the new file ({@link #OWNER_ONLY} is an owner-only ACL where there is no
     *              POSIX); {@code null} for the process's defaults
     * @param owner owner and group to keep, or {@code null}
     */
    private static void replace(Path target, byte[] content, Set<PosixFilePermission> mode, PosixFileAttributes owner)
            throws IOException {
        Path real = throughLinks(target);
        Path dir = real.getParent();
        Path temp = dir.resolve(tempPrefix(real) + UUID.randomUUID() + TEMP_SUFFIX);
        boolean posix = Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null;
        try {
            FileAttribute<?>[] created = mode == null || !posix ? new FileAttribute<?>[0]
                    : new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(mode)};
            try (FileChannel ch = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), created)) {
                protect(temp, mode, owner);
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            rename(temp, real);
        } finally {
            Files.deleteIfExists(temp);
        }
        forceDirectory(dir);
    }

    /**
     * Puts a complete file that is already forced to disk (one a library wrote, say) in place of {@code target}:
     * renamed over it, atomically where the file system can, then the directory entry forced to disk.
     */
    public static void putInPlace(Path finished, Path target) throws IOException {
        rename(finished, target);
        forceDirectory(target.toAbsolutePath().getParent());
    }

    private static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The prefix of the temporary files writing {@code target} makes (and a killed write may leave). */
    public static String tempPrefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    /** Where writing {@code p} really lands: the end of its chain of symbolic links (which may not exist yet). */
    public static Path throughLinks(Path p) throws IOException {
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

    private static void protect(Path temp, Set<PosixFilePermission> mode, PosixFileAttributes owner)
            throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            AclFileAttributeView acl = Files.getFileAttributeView(temp, AclFileAttributeView.class);
            if (acl != null && OWNER_ONLY.equals(mode)) {
                acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(acl.getOwner())
                        .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
            }
            return;
        }
        if (mode != null) {
            view.setPermissions(mode); // the umask may have taken bits the mode has
        }
        if (owner != null) {
            keepOwner(view, owner);
        }
    }

    private static void keepOwner(PosixFileAttributeView view, PosixFileAttributes keep) throws IOException {
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
