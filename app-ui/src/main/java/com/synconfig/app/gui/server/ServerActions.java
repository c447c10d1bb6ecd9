package com.synconfig.app.gui.server;

import com.synconfig.app.gui.BackgroundWork;
import com.synconfig.app.gui.ConfigurationDocument;
import com.synconfig.app.gui.DialogService;
import com.synconfig.app.gui.Messages;
import com.synconfig.app.gui.ServiceControl;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

/**
 * Start, Stop and Restart of a service, shared by the Server and the services screens. A service runs as saved
 * (edit, validate, save, run is one flow): with unsaved edits, Start and Restart offer to save them first. The work
 * runs off the FX thread, and stopping or restarting says first how many clients it disconnects.
 */
public final class ServerActions implements ServiceControl {

    private final ServerViewModel vm;
    private final ConfigurationDocument document;
    private final BooleanSupplier save;
    private final Messages messages;
    private final DialogService dialogs;
    private final BackgroundWork work;

    /** @param save saves the document, reporting a failure itself; false when nothing was saved */
    public ServerActions(ServerViewModel vm, ConfigurationDocument document, BooleanSupplier save, Messages messages,
                         DialogService dialogs, BackgroundWork work) {
        this.vm = vm;
        this.document = document;
        this.save = save;
        this.messages = messages;
        this.dialogs = dialogs;
        this.work = work;
    }

    @Override
    public void start(String service) {
        vm.serviceProperty().set(service);
        if (savedFirst(service)) {
            inBackground(vm::start);
        }
    }

    @Override
    public void stop(String service) {
        vm.serviceProperty().set(service);
        if (confirmDisconnect("server.stop.confirm")) {
            inBackground(() -> {
                vm.stop();
                return null;
            });
        }
    }

    @Override
    public void restart(String service) {
        vm.serviceProperty().set(service);
        if (savedFirst(service) && confirmDisconnect("server.restart.confirm")) {
            inBackground(vm::restart);
        }
    }

    /** True when there is nothing unsaved, or the admin chose to save and the save worked. */
    private boolean savedFirst(String service) {
        return !document.isDirty() || (dialogs.confirm(messages.get("server.save.title"),
                messages.format("server.save.confirm", service)) && save.getAsBoolean());
    }

    private boolean confirmDisconnect(String key) {
        int clients = vm.connectedClients();
        return clients == 0 || dialogs.confirm(messages.get("server.confirm.title"),
                messages.format(key, vm.serviceProperty().get(), clients));
    }

    /** Runs the action off the FX thread, then shows the services' new state and any failure. */
    private void inBackground(Callable<?> action) {
        vm.busyProperty().set(true);
        work.run(() -> {
            Exception failure = null;
            try {
                action.call();
            } catch (Exception e) {
                failure = e;
            }
            return new Outcome(vm.poll(), failure);
        }, outcome -> {
            vm.busyProperty().set(false);
            vm.apply(outcome.snapshot());
            if (outcome.failure() != null) {
                dialogs.showError(messages.get("server.failed"), String.valueOf(outcome.failure().getMessage()));
            }
        }, unexpected -> {
            vm.busyProperty().set(false);
            dialogs.showError(messages.get("server.failed"), String.valueOf(unexpected));
        });
    }

    private record Outcome(ServerViewModel.Snapshot snapshot, Exception failure) {
    }
}
