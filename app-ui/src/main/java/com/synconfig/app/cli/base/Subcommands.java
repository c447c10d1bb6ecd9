package com.synconfig.app.cli.base;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A command group's subcommands, in the order help lists them. Declared here rather than in picocli's
 * {@code @Command(subcommands = ...)}, which makes picocli inspect every command class whenever the command line
 * is built: {@link CommandTree} builds the whole tree only when it is needed, and otherwise just the branch one
 * run's arguments name.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Subcommands {

    Class<?>[] value();
}
