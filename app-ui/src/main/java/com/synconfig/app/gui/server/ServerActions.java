package com.synconfig.app.gui.server;

import com.synconfig.app.gui.BackgroundWork;
import com.synconfig.app.gui.DialogService;
import com.synconfig.app.gui.Messages;
import com.synconfig.app.gui.ServiceControl;
import java.util.concurrent.Callable;
import javafx.concurrent.Task;

/**
 * Start, Stop and Restart of a service's embedded server, shared by the Server and the services screens: the work
 * runs off the FX thread, and stopping or restarting says first how many clients it disconnects.
 */
public final class ServerActions implements ServiceControl {

    private final ServerViewModel vm;
    private final Messages messages;
    private final DialogService dialogs;
    private final BackgroundWork work;

    public ServerActions(ServerViewModel vm, Messages messages, DialogService dialogs, BackgroundWork work) {
        this.vm = vm;
        this.messages = messages;
        this.dialogs = dialogs;
        this.work = work;
    }

    @Override
    public void start(String service) {
        vm.serviceProperty().set(service);
        inBackground(vm::start);
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
        if (confirmDisconnect("server.restart.confirm")) {
            inBackground(vm::restart);
        }
    }

    private boolean confirmDisconnect(String key) {
        vm.refresh();
        int clients = vm.connectedClients();
        return clients == 0 || dialogs.confirm(messages.get("server.confirm.title"),
                messages.format(key, vm.serviceProperty().get(), clients));
    }

    private void inBackground(Callable<?> action) {
        vm.busyProperty().set(true);
        Task<Object> task = new Task<>() {
            @Override
            protected Object call() throws Exception {
                return action.call();
            }
        };
        task.setOnSucceeded(e -> {
            vm.busyProperty().set(false);
            vm.refresh();
        });
        task.setOnFailed(e -> {
            vm.busyProperty().set(false);
            vm.refresh();
            dialogs.showError(messages.get("server.failed"), String.valueOf(task.getException().getMessage()));
        });
        work.run(task);
    }
}
