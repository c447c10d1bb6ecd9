package com.synconfig.app.cli.base;

import picocli.CommandLine.Model.CommandSpec;

/** The root command, which builds the command line's composition root; every subcommand asks it through here. */
public interface ContextHolder {

    CliContext context();

    /** The composition root of the command line {@code spec} belongs to. */
    static CliContext of(CommandSpec spec) {
        return ((ContextHolder) spec.root().userObject()).context();
    }
}
