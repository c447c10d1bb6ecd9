package com.synconfig.app.process;

import com.synconfig.server.control.ProgramCommand;

/**
 * How to run this program again in another process: the service controller starts background servers with it.
 * The launcher is named as text, so that both faces can ask here without importing the package that holds it.
 */
public final class ThisProgram {

    /** The class every process of this program starts with ({@code LauncherTest} checks the name). */
    public static final String LAUNCHER = "com.synconfig.app.Launcher";

    private ThisProgram() {
    }

    public static ProgramCommand command() {
        return ProgramCommand.current(LAUNCHER);
    }
}
