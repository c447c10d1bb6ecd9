package com.synconfig.app.gui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * How a view model has slow work done: off the FX thread, then the result or the failure back on it. In the program
 * this is {@link BackgroundWork#run(Callable, Consumer, Consumer) BackgroundWork::run}; a test may do it at once.
 */
@FunctionalInterface
public interface Worker {

    <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed);
}
