package com.synconfig.app.cli;

import com.synconfig.app.cli.base.CommandGroup;
import com.synconfig.app.cli.base.Subcommands;
import com.synconfig.app.cli.base.ContextHolder;
import com.synconfig.app.cli.base.ExitCodes;
import com.synconfig.app.cli.base.Json;
import com.synconfig.server.client.RemoteFile;
import com.synconfig.server.client.KnownServers;
import com.synconfig.server.client.RemoteFileClient;
import com.synconfig.server.client.RemoteFileException;
import com.synconfig.server.client.ServerNotTrustedException;
import com.synconfig.server.client.ServerTrust;
import com.synconfig.server.wire.FieldTest;
import com.synconfig.server.wire.SelectFilter;
import com.synconfig.server.wire.ErrorCode;
import com.synconfig.server.wire.Match;
import com.synconfig.server.wire.OpenMode;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code synconfig client ...}: a remote client for scripts and manual checks. Records print as ISO-8859-1 text. */
@Command(name = "client", description = "Talk to an embedded file server as a remote client.")
@Subcommands({ClientCommand.Open.class, ClientCommand.Read.class, ClientCommand.Select.class,
        ClientCommand.GetFa.class})
public final class ClientCommand extends CommandGroup {

    @FunctionalInterface
    interface FileAction {
        void run(RemoteFileClient client, RemoteFile file, PrintWriter out) throws RemoteFileException;
    }

    /** A client subcommand: the connection options, and running an action on one opened file. */
    abstract static class FileCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        ClientConnectionOptions conn;

        /** Connects, opens the file, runs the action, closes; errors print the original's text and exit 2. */
        int withFile(String file, OpenMode mode, FileAction action) {
            PrintWriter err = spec.commandLine().getErr();
            try (RemoteFileClient client = connect();
                 RemoteFile f = client.open(file, mode, conn.openQualifiers())) {
                action.run(client, f, spec.commandLine().getOut());
                return ExitCodes.OK;
            } catch (ServerNotTrustedException e) {
                err.println(e.describe());
                err.println("Fix: check this fingerprint with the server's administrator ('synconfig cert inspect FILE'"
                        + " or 'openssl x509 -noout -fingerprint -sha256 -in FILE' on the service's certificate), then"
                        + " run again with --pin " + e.pin() + " (or give --ca FILE naming the CA that issued it).");
                return ExitCodes.USAGE;
            } catch (RemoteFileException e) {
                err.println(e.code() == ErrorCode.EOF ? e.text() : e.describe());
                return ExitCodes.USAGE;
            } catch (IllegalArgumentException | IOException e) {
                err.println("synconfig client: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }

        /**
         * Connects with the trust the options give. A server nothing is known about yet is offered for trust on first
         * use when a person is at the terminal: accepted, its pin is remembered in the known-servers file.
         */
        private RemoteFileClient connect() throws RemoteFileException, IOException {
            KnownServers known = KnownServers.beside(
                    ContextHolder.of(spec).location().file());
            ServerTrust trust = conn.trust(known);
            try {
                return RemoteFileClient.connect(conn.toClientOptions(trust));
            } catch (ServerNotTrustedException e) {
                if (conn.trustGiven() || known.pinFor(conn.host, conn.port).isPresent()
                        || !trustedOnFirstUse(System.console(), e, known)) {
                    throw e;
                }
                known.remember(conn.host, conn.port, e.pin());
                return RemoteFileClient.connect(conn.toClientOptions(ServerTrust.pinned(e.pin())));
            }
        }

        private static boolean trustedOnFirstUse(Console console, ServerNotTrustedException e, KnownServers known) {
            if (console == null) {
                return false;
            }
            console.printf("This server is not known yet. Its certificate:%n  subject: %s%n  SHA-256: %s%n"
                            + "Compare the fingerprint with the server's ('synconfig cert inspect FILE' there).%n",
                    e.certificate().getSubjectX500Principal().getName(), e.pin());
            String answer = console.readLine("Trust it and remember it in %s? [y/N] ", known.file());
            return answer != null && answer.trim().toLowerCase(java.util.Locale.ROOT).startsWith("y");
        }
    }

    static String text(byte[] record) {
        return new String(record, StandardCharsets.ISO_8859_1);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Command(name = "open", description = "Open a file and show how the channel looks (kind, record size, encryption).")
    static final class Open extends FileCommand {
        @Parameters(paramLabel = "FILE", description = "Path relative to the service's data root.")
        String file;
        @Option(names = "--mode", defaultValue = "INPUT", description = "INPUT, OUTPUT, UPDATE or APPEND.")
        OpenMode mode;

        @Override
        public Integer call() {
            return withFile(file, mode, (c, f, out) -> {
                out.println("Opened " + file + " on " + c.serviceName() + " as channel " + f.channel());
                out.println("kind: " + f.kind());
                out.println("record size: " + (f.recordSize() == 0 ? "variable" : f.recordSize()));
                out.println("encrypted: " + (c.encrypted() ? "yes, " + c.protocol() + " " + c.cipherSuite() : "no"));
                if (f.kind().equals("ISAM")) {
                    out.println("NETCRYPT: " + f.isinfo("NETCRYPT"));
                }
            });
        }
    }

    @Command(name = "read", description = "Read one record by key, or every record in key order without --key.")
    static final class Read extends FileCommand {
        @Parameters(paramLabel = "FILE")
        String file;
        @Option(names = "--key", paramLabel = "K", description = "Key value; fewer bytes than the key: partial match.")
        String key;
        @Option(names = "--key-number", defaultValue = "0", description = "Key of reference (default 0, the primary key).")
        int keyNumber;
        @Option(names = "--json", description = "Print the records as a JSON array of strings.")
        boolean json;

        @Override
        public Integer call() {
            return withFile(file, OpenMode.INPUT, (c, f, out) -> {
                List<String> records = new ArrayList<>();
                if (key != null) {
                    records.add(text(f.read(keyNumber, bytes(key), Match.EQUAL)));
                } else {
                    readAll(f, records);
                }
                printRecords(records, json, out);
            });
        }

        private static void readAll(RemoteFile f, List<String> records) throws RemoteFileException {
            try {
                while (true) {
                    records.add(text(f.readNext()));
                }
            } catch (RemoteFileException e) {
                if (e.code() != ErrorCode.EOF) {
                    throw e;
                }
            }
        }
    }

    /** Records one a line, or as a JSON array of strings. */
    static void printRecords(List<String> records, boolean json, PrintWriter out) {
        if (json) {
            out.println(Json.write(records));
        } else {
            records.forEach(out::println);
        }
    }

    @Command(name = "select", description = "Server-side select: only matching records cross the network.")
    static final class Select extends FileCommand {
        @Parameters(paramLabel = "FILE")
        String file;
        @Option(names = "--where", paramLabel = "POS:LEN<op>VALUE",
                description = "Field test, op one of = != < <= > >=, e.g. 7:10=PARIS. Repeat to AND them.")
        List<String> where = List.of();
        @ArgGroup(exclusive = false)
        Range range = new Range();
        @Option(names = "--count", description = "Print only how many records matched.")
        boolean count;
        @Option(names = "--json", description = "Print the records as a JSON array of strings (with --count: {\"count\": N}).")
        boolean json;

        static final class Range {
            @Option(names = "--key-number", defaultValue = "0", description = "Key whose order and range to use.")
            int keyNumber;
            @Option(names = "--from", description = "First key (default: the first).")
            String from = "";
            @Option(names = "--to", description = "Last key; a partial key takes in every key it starts.")
            String to = "";
        }

        @Override
        public Integer call() {
            SelectFilter filter;
            try {
                filter = new SelectFilter(range.keyNumber, bytes(range.from), bytes(range.to),
                        where.stream().map(FieldTest::parse).toList());
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("synconfig client select: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            return withFile(file, OpenMode.INPUT, (c, f, out) -> {
                if (count) {
                    long[] n = {0};
                    f.select(filter, r -> n[0]++);
                    out.println(json ? Json.write(Map.of("count", n[0])) : Long.toString(n[0]));
                } else if (json) {
                    printRecords(f.select(filter).stream().map(ClientCommand::text).toList(), true, out);
                } else {
                    f.select(filter, r -> out.println(text(r))); // each record as the stream brings it
                }
            });
        }
    }

    @Command(name = "getfa", description = "GETFA: SLE (1 if the channel is encrypted) or SLC (the negotiated cipher).")
    static final class GetFa extends FileCommand {
        @Parameters(index = "0", paramLabel = "FILE")
        String file;
        @Parameters(index = "1", paramLabel = "SLE|SLC")
        String attribute;
        @Option(names = "--field-length", defaultValue = "128", description = "The caller's field length (SLC is cut to it).")
        int fieldLength;

        @Override
        public Integer call() {
            return withFile(file, OpenMode.INPUT, (c, f, out) -> out.println(f.getfa(attribute, fieldLength)));
        }
    }
}
