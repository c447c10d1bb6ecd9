package com.synconfig.app.cli.base;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that only groups subcommands: given none, it prints its usage. */
public abstract class CommandGroup implements Runnable {

    @Spec
    protected CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
