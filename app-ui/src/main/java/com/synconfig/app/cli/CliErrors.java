package com.synconfig.app.cli;

import com.synconfig.app.cli.base.ExitCodes;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** Turns failures into one clear line on stderr and the documented exit code; never a stack trace. */
final class CliErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        cmd.getErr().println("synconfig: " + message(ex));
        cmd.getErr().flush();
        return ex instanceof CliException c ? c.exitCode() : ExitCodes.USAGE;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        cmd.getErr().println("synconfig: " + ex.getMessage());
        UnmatchedArgumentException.printSuggestions(ex, cmd.getErr());
        cmd.getErr().println("See '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
        cmd.getErr().flush();
        return ExitCodes.USAGE;
    }

    static String message(Exception ex) {
        if (ex instanceof NoSuchFileException e) {
            return "no such file: " + e.getFile();
        }
        if (ex instanceof AccessDeniedException e) {
            return "permission denied: " + e.getFile() + ". Fix: run as a user who may read and write it,"
                    + " or choose another file with --config.";
        }
        if (ex instanceof FileSystemException e) {
            return e.getFile() + ": " + (e.getReason() == null ? "cannot be accessed" : e.getReason());
        }
        if (ex instanceof IOException || ex instanceof CliException || ex instanceof IllegalArgumentException) {
            return ex.getMessage();
        }
        if (ex instanceof UnsupportedOperationException) {
            return "this part of SynConfig is not built yet (" + ex.getMessage() + ").";
        }
        return "unexpected error: " + ex;
    }
}
