package com.synconfig.server;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.TriggeringPolicyBase;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.LoggerFactory;

/**
 * The server's log file ({@code rsynd.log} by default): the {@link ServerEvents} logger written to a file that
 * rolls when it reaches 10 MB (checked at every line, so it never grows past by more than a line), keeping
 * {@code rsynd.1.log} ... {@code rsynd.5.log}. The files are readable by owner and group only (0640): they name
 * users, hosts and files. Lines are written by the event log's own thread ({@link EventLogWriter}) through a
 * buffer flushed once per batch; the events go to this file only, not also to the console.
 */
public final class RollingServerLog {

    public static final String DEFAULT_NAME = "rsynd.log";
    private static final String APPENDER = "rsynd-file";
    static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final Set<PosixFilePermission> OWNER_AND_GROUP = PosixFilePermissions.fromString("rw-r-----");
    private static volatile ServerLogAppender installed;

    private RollingServerLog() {
    }

    /** Starts writing server events to {@code file} (replacing an earlier file of this kind). */
    public static void install(Path file) {
        install(file, MAX_BYTES);
    }

    static void install(Path file, long maxBytes) {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger logger = ctx.getLogger(ServerEvents.LOGGER_NAME);
        uninstall();

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level %msg%n");
        encoder.start();

        ServerLogAppender appender = new ServerLogAppender(maxBytes);
        appender.setContext(ctx);
        appender.setName(APPENDER);
        appender.setFile(file.toString());
        appender.setEncoder(encoder);
        appender.setImmediateFlush(false); // the event log's writer flushes once per batch (flush())

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(ctx);
        rolling.setParent(appender);
        String name = file.getFileName().toString();
        String base = name.endsWith(".log") ? name.substring(0, name.length() - 4) : name;
        rolling.setFileNamePattern(file.resolveSibling(base + ".%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(5);
        rolling.start();

        TriggeringPolicyBase<ILoggingEvent> trigger = new TriggeringPolicyBase<>() {
            @Override
            public boolean isTriggeringEvent(File activeFile, ILoggingEvent event) {
                return appender.full();
            }
        };
        trigger.setContext(ctx);
        trigger.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(ch.qos.logback.classic.Level.INFO);
        logger.setAdditive(false); // one line per connection in rsynd.log only, not again on the console
        installed = appender;
    }

    /**
     * The log file's appender: counts the bytes it writes, so that it rolls at its size exactly although it writes
     * through a buffer (logback's size policy asks the file system at every line and does not see the buffer), and
     * can be flushed from outside, once per batch of events.
     */
    private static final class ServerLogAppender extends RollingFileAppender<ILoggingEvent> {
        private final long maxBytes;
        private final AtomicLong written = new AtomicLong();

        ServerLogAppender(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public void openFile(String name) throws IOException {
            Path path = Path.of(name);
            ownerAndGroupOnly(path); // before logback creates it with the process's umask
            super.openFile(name);
            written.set(Files.size(path));
        }

        @Override
        protected void updateByteCount(byte[] bytes) {
            super.updateByteCount(bytes);
            written.addAndGet(bytes.length);
        }

        boolean full() {
            return written.get() >= maxBytes;
        }

        void flushNow() throws IOException {
            streamWriteLock.lock();
            try {
                OutputStream out = getOutputStream();
                if (out != null) {
                    out.flush();
                }
            } finally {
                streamWriteLock.unlock();
            }
        }
    }

    /** Writes what the log file holds in its buffer; the event log's writer calls it after each batch. */
    static void flush() throws IOException {
        ServerLogAppender a = installed;
        if (a != null) {
            a.flushNow();
        }
    }

    /** Creates {@code file} readable by owner and group only, or takes the others' access away from an old one. */
    private static void ownerAndGroupOnly(Path file) throws IOException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (Files.exists(file)) {
                Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
                p.removeAll(EnumSet.of(PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
                        PosixFilePermission.OTHERS_EXECUTE));
                Files.setPosixFilePermissions(file, p);
            } else {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_AND_GROUP));
            }
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the log directory's ACL applies
        }
    }

    /** Stops writing the log file: the events emitted so far are written first, then it is flushed and closed. */
    public static void uninstall() {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger logger = ctx.getLogger(ServerEvents.LOGGER_NAME);
        var old = logger.getAppender(APPENDER);
        if (old != null) {
            EventLogWriter.instance().flush();
            installed = null;
            logger.detachAppender(old);
            old.stop();
            logger.setAdditive(true);
        }
    }
}
