package com.synconfig.app.cli;

import com.synconfig.app.cli.base.CommandGroup;
import com.synconfig.app.cli.base.Subcommands;
import com.synconfig.app.cli.base.ExitCodes;
import com.synconfig.app.cli.base.Json;
import com.synconfig.server.store.IsamDefinition;
import com.synconfig.server.store.IsamAdministration;
import com.synconfig.server.store.KeySpec;
import com.synconfig.server.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code synconfig isam create|info|patch}: the isamc, %ISINFO and {@code isutl -p} equivalents, on local files. */
@Command(name = "isam", description = "Create and inspect ISAM files of the embedded server (local access).")
@Subcommands({IsamCommand.Create.class, IsamCommand.Info.class, IsamCommand.Patch.class})
public final class IsamCommand extends CommandGroup {

    /** Runs an action on an ISAM file and turns its errors into a message and exit code 2. */
    static int guarded(CommandSpec spec, Callable<Integer> action) {
        try {
            return action.call();
        } catch (StoreException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("synconfig isam: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (Exception e) {
            spec.commandLine().getErr().println("synconfig isam: " + e);
            return ExitCodes.USAGE;
        }
    }

    @Command(name = "create", description = "Create an empty ISAM file (ISAMC).")
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "The file to create (must not exist).")
        Path file;
        @Option(names = "--record-size", required = true, paramLabel = "N",
                description = "Record length in bytes; 0 for variable-length records.")
        int recordSize;
        @Option(names = "--key", required = true, paramLabel = "POS:LEN[+POS:LEN][,dups]",
                description = "A key, 1-based position; the first is the primary key. Repeat for alternate keys.")
        List<String> keys;
        @Option(names = "--network-encrypt", description = "Flag the file: remote access must be encrypted.")
        boolean networkEncrypt;

        @Override
        public Integer call() {
            return guarded(spec, () -> {
                IsamDefinition def = IsamAdministration.create(file, recordSize, keys, networkEncrypt);
                spec.commandLine().getOut().println("Created " + file + ": " + describe(def));
                return ExitCodes.OK;
            });
        }
    }

    @Command(name = "info", description = "Show an ISAM file's definition, record count and flags (%%ISINFO).")
    static final class Info implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE")
        Path file;
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            return guarded(spec, () -> {
                IsamAdministration.Info f = IsamAdministration.info(file);
                PrintWriter out = spec.commandLine().getOut();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", file.toString());
                m.put("recordSize", f.definition().recordSize());
                m.put("keys", f.definition().keys().stream().map(KeySpec::toString).toList());
                m.put("records", f.records());
                m.put("networkEncrypt", f.networkEncrypt());
                if (json) {
                    out.println(Json.write(m));
                } else {
                    m.forEach((k, v) -> out.println(k + ": " + v));
                    out.println("NETCRYPT: " + (f.networkEncrypt() ? 1 : 0));
                }
                return ExitCodes.OK;
            });
        }
    }

    @Command(name = "patch", description = "Set or clear the network-encrypt flag (isutl -p -qfile=[no]network_encrypt).")
    static final class Patch implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE")
        Path file;
        @ArgGroup(exclusive = true, multiplicity = "1")
        Flag flag;

        static final class Flag {
            @Option(names = "--network-encrypt", required = true, description = "Require encryption for remote access.")
            boolean on;
            @Option(names = "--no-network-encrypt", required = true, description = "Allow clear remote access.")
            boolean off;
        }

        @Override
        public Integer call() {
            return guarded(spec, () -> {
                IsamAdministration.setNetworkEncrypt(file, flag.on);
                spec.commandLine().getOut().println(file + ": network encrypt " + (flag.on ? "on" : "off"));
                return ExitCodes.OK;
            });
        }
    }

    static String describe(IsamDefinition def) {
        return (def.variableLength() ? "variable-length records" : def.recordSize() + "-byte records") + ", keys "
                + def.keys() + (def.networkEncrypt() ? ", network encrypt" : "");
    }
}
