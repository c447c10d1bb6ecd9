package com.synconfig.app.gui.check;

import com.synconfig.app.gui.BackgroundWork;
import com.synconfig.app.gui.Messages;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Window;

/** Opens a Check window for a service and starts its check: what the Server screen's Check button does. */
public final class ServiceCheckLauncher implements Consumer<String> {

    private final Window owner;
    private final Messages messages;
    private final BackgroundWork work;
    private final ServiceCheckViewModel.Checker checker;

    public ServiceCheckLauncher(Window owner, Messages messages, BackgroundWork work,
                                ServiceCheckViewModel.Checker checker) {
        this.owner = owner;
        this.messages = messages;
        this.work = work;
        this.checker = checker;
    }

    @Override
    public void accept(String service) {
        new ServiceCheckWindow(owner, new ServiceCheckViewModel(service, checker, Platform::runLater, messages),
                messages, work).open();
    }
}
