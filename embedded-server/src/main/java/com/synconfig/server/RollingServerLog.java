package com.synconfig.server;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The server's log file ({@code rsynd.log} by default): the {@link ServerEvents} logger written to a file that
 * rolls at 10 MB, keeping {@code rsynd.1.log} ... {@code rsynd.5.log}.
 */
public final class RollingServerLog {

    public static final String DEFAULT_NAME = "rsynd.log";
    private static final String APPENDER = "rsynd-file";

    private RollingServerLog() {
    }

    /** Starts writing server events to {@code file} (replacing an earlier file of this kind). */
    public static void install(Path file) {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger logger = ctx.getLogger(ServerEvents.LOGGER_NAME);
        uninstall();

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level %msg%n");
        encoder.start();

        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(ctx);
        appender.setName(APPENDER);
        appender.setFile(file.toString());
        appender.setEncoder(encoder);

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(ctx);
        rolling.setParent(appender);
        String name = file.getFileName().toString();
        String base = name.endsWith(".log") ? name.substring(0, name.length() - 4) : name;
        rolling.setFileNamePattern(file.resolveSibling(base + ".%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(5);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(ctx);
        trigger.setMaxFileSize(FileSize.valueOf("10MB"));
        trigger.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(ch.qos.logback.classic.Level.INFO);
    }

    /** Stops writing the log file (flushes and closes it). */
    public static void uninstall() {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger logger = ctx.getLogger(ServerEvents.LOGGER_NAME);
        var old = logger.getAppender(APPENDER);
        if (old != null) {
            logger.detachAppender(old);
            old.stop();
        }
    }
}
