package com.synconfig.app.cli;

import com.synconfig.app.cli.base.CommandGroup;
import com.synconfig.app.cli.base.Subcommands;
import com.synconfig.app.cli.base.ExitCodes;
import com.synconfig.app.cli.base.Json;
import com.synconfig.model.check.Finding;
import com.synconfig.server.auth.UserFile;
import com.synconfig.server.auth.UserRules;
import java.io.Console;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code synconfig user add|remove|list}: the user file secure-mode clients log in against. */
@Command(name = "user", description = "Manage the users of a secure-mode service.")
@Subcommands({UserCommand.Add.class, UserCommand.Remove.class, UserCommand.ListUsers.class})
public final class UserCommand extends CommandGroup {

    @FunctionalInterface
    interface UserAction {
        int run(UserFile users, PrintWriter out) throws Exception;
    }

    /** A user subcommand: the service whose user file it changes, and running an action on that file. */
    abstract static class UserSubcommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        ServiceSelection service;

        int withUsers(UserAction action) {
            try {
                return action.run(new UserFile(service.layout().usersFile()), spec.commandLine().getOut());
            } catch (CliException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("synconfig user: " + e.getMessage());
                return ExitCodes.USAGE;
            } catch (Exception e) {
                spec.commandLine().getErr().println("synconfig user: cannot use the user file: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
    }

    @Command(name = "add", description = "Add a user or change a user's password.")
    static final class Add extends UserSubcommand {
        @Parameters(paramLabel = "USER")
        String user;
        @Option(names = "--password-env", paramLabel = "VAR",
                description = "Environment variable holding the password (default: ask on the terminal).")
        String passwordEnv;

        @Override
        public Integer call() {
            return withUsers((users, out) -> {
                users.add(user, password());
                out.println("User " + user + " saved for service " + service.service + " (" + users.path() + ")");
                return ExitCodes.OK;
            });
        }

        private char[] password() {
            if (passwordEnv != null) {
                String p = System.getenv(passwordEnv);
                if (p == null) {
                    throw new IllegalArgumentException("environment variable " + passwordEnv + " is not set");
                }
                return p.toCharArray();
            }
            Console console = System.console();
            if (console == null) {
                throw new IllegalArgumentException("no terminal to ask for the password: give --password-env VAR");
            }
            char[] first = console.readPassword("Password for %s: ", user);
            refuse(UserRules.passwordProblem(first)); // before asking again for a password that cannot be used
            char[] again = console.readPassword("Again: ");
            refuse(UserRules.confirmationProblem(first, again));
            return first;
        }

        private static void refuse(Optional<Finding> problem) {
            problem.ifPresent(f -> {
                throw new IllegalArgumentException(f.messageAndFix());
            });
        }
    }

    @Command(name = "remove", description = "Remove a user.")
    static final class Remove extends UserSubcommand {
        @Parameters(paramLabel = "USER")
        String user;

        @Override
        public Integer call() {
            return withUsers((users, out) -> {
                if (!users.remove(user)) {
                    spec.commandLine().getErr().println("synconfig user: service " + service.service + " has no user " + user);
                    return ExitCodes.FINDINGS;
                }
                out.println("User " + user + " removed from service " + service.service);
                return ExitCodes.OK;
            });
        }
    }

    @Command(name = "list", description = "List the users of the service, one name a line.")
    static final class ListUsers extends UserSubcommand {
        @Option(names = "--json", description = "Print JSON for scripts instead of text: the service and its users.")
        boolean json;

        @Override
        public Integer call() {
            return withUsers((users, out) -> {
                List<String> names = users.list();
                if (json) {
                    Map<String, Object> result = new LinkedHashMap<>();
                    result.put("service", service.service);
                    result.put("users", names);
                    out.println(Json.write(result));
                } else {
                    names.forEach(out::println);
                }
                return ExitCodes.OK;
            });
        }
    }
}
