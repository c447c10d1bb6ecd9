package com.synconfig.server.control;

import com.synconfig.server.ServerEvent;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows a service's log file ({@link com.synconfig.server.RollingServerLog}'s format: time, level, event) as
 * another process writes it, so a screen can show the events of a server it did not start. A file that shrank
 * (rolled over) is read again from its start.
 */
public final class ServerLogTail {

    /** At most this much of an existing file is read at first: its most recent events. */
    static final int FIRST_READ_BYTES = 64 * 1024;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final Pattern LINE = Pattern.compile(
            "(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}) +[A-Z]+ +([A-Z_]+)(?: (\\S+))?: (.*)");

    private final Path file;
    private long offset = -1;
    private final StringBuilder partial = new StringBuilder();

    public ServerLogTail(Path file) {
        this.file = file;
    }

    /** The events written since the last call (the most recent ones at the first call); empty without a file. */
    public synchronized List<ServerEvent> poll() {
        List<ServerEvent> events = new ArrayList<>();
        try {
            if (!Files.isRegularFile(file)) {
                return events;
            }
            long size = Files.size(file);
            if (offset < 0) {
                offset = Math.max(0, size - FIRST_READ_BYTES);
            } else if (size < offset) {
                offset = 0;
                partial.setLength(0);
            }
            if (size == offset) {
                return events;
            }
            byte[] bytes = new byte[(int) Math.min(size - offset, 4L * FIRST_READ_BYTES)];
            try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
                in.seek(offset);
                in.readFully(bytes);
            }
            offset += bytes.length;
            partial.append(new String(bytes, StandardCharsets.UTF_8));
            int newline;
            while ((newline = partial.indexOf("\n")) >= 0) {
                parse(partial.substring(0, newline)).ifPresent(events::add);
                partial.delete(0, newline + 1);
            }
        } catch (IOException e) {
            // the file is being rolled over or removed: read it again next time
        }
        return events;
    }

    /** One line of the log as the event it records; empty for a line of another shape. */
    static Optional<ServerEvent> parse(String line) {
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            ServerEvent.Kind kind = ServerEvent.Kind.valueOf(m.group(2));
            LocalDateTime time = LocalDateTime.parse(m.group(1), TIME);
            return Optional.of(new ServerEvent(time.atZone(ZoneId.systemDefault()).toInstant(), kind, m.group(3),
                    m.group(4)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
