package com.synconfig.app.gui;

import com.synconfig.app.gui.certificates.CertificatesView;
import com.synconfig.app.gui.certificates.RemoteCertificateViewModel;
import com.synconfig.app.gui.certificates.RemoteCertificateWindow;
import com.synconfig.app.gui.check.ServiceCheckLauncher;
import com.synconfig.app.gui.certificates.CertificatesViewModel;
import com.synconfig.app.gui.ciphers.CiphersView;
import com.synconfig.app.gui.ciphers.CiphersViewModel;
import com.synconfig.app.gui.diagnostics.DiagnosticsView;
import com.synconfig.app.gui.diagnostics.DiagnosticsViewModel;
import com.synconfig.app.gui.environment.EnvironmentView;
import com.synconfig.app.gui.environment.EnvironmentViewModel;
import com.synconfig.app.gui.files.FilesView;
import com.synconfig.app.gui.files.FilesViewModel;
import com.synconfig.app.gui.server.ServerActions;
import com.synconfig.app.gui.server.ServerView;
import com.synconfig.app.gui.server.ServerViewModel;
import com.synconfig.app.gui.services.ServiceStates;
import com.synconfig.app.gui.services.ServiceTools;
import com.synconfig.app.gui.services.ServicesView;
import com.synconfig.app.gui.services.ServicesViewModel;
import com.synconfig.app.gui.users.UsersView;
import com.synconfig.app.gui.users.UsersViewModel;
import com.synconfig.model.config.ConfigLocation;
import com.synconfig.model.config.ConfigStore;
import com.synconfig.model.pki.CertificateFileGuard;
import com.synconfig.model.pki.CertificateRules;
import com.synconfig.model.pki.PemCertificateCheck;
import com.synconfig.model.pki.ServiceCertificateExpiry;
import com.synconfig.model.service.CertificateCheck;
import com.synconfig.model.service.HostEnvironment;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.pki.ServiceKeyType;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.model.service.ServiceValidator;
import com.synconfig.model.servicecheck.ServiceCheckReport;
import com.synconfig.model.tls.CipherCatalog;
import com.synconfig.model.tls.EngineFacts;
import com.synconfig.app.process.ThisProgram;
import com.synconfig.server.ServerState;
import com.synconfig.server.check.ServiceCheck;
import com.synconfig.server.control.ServiceController;
import com.synconfig.server.diag.DiagnosticEnvironment;
import com.synconfig.server.diag.Dltest;
import com.synconfig.server.tls.EngineProbe;
import com.synconfig.server.tls.ServedCertificates;
import com.synconfig.server.tls.TlsEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.prefs.Preferences;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The composition root: the one place that builds the model objects, the view models and the views and wires them
 * together. Nothing in the GUI reaches for a static singleton; everything it needs arrives through here.
 */
public final class GuiContext implements AutoCloseable {

    private static final Duration DISK_CHECK_INTERVAL = Duration.seconds(3);
    private static final Duration SERVER_POLL_INTERVAL = Duration.seconds(1);
    private static final java.time.Duration DLTEST_RANDOM_TIMEOUT = java.time.Duration.ofSeconds(20);

    private final ConfigLocation location;
    private final Preferences preferences;
    private final Appearance appearance;
    private final Messages messages = Messages.load();
    private final ConfigurationDocument document;

    private final CertificateCheck certificateCheck = new PemCertificateCheck();
    private final ServiceLayouts layouts;
    private final ServiceValidator validator;
    private final ServiceController controller;
    private final BackgroundWork work = new BackgroundWork();
    private final ReadOnlyStringWrapper serverState = new ReadOnlyStringWrapper();

    private Stage stage;
    private DialogService dialogs;
    private MainViewModel main;
    private MainView view;
    private Timeline diskCheck;
    private Timeline serverPoll;
    private boolean polling;
    private DocumentOpener opener = uri -> Optional.empty();

    /**
     * @param location    the configuration file and why it was chosen
     * @param preferences where window placement, the theme and other per-user settings are kept
     */
    public GuiContext(ConfigLocation location, Preferences preferences) {
        this(location, preferences, new Appearance(preferences, SystemColorScheme.current()::detect));
    }

    /**
     * May run off the FX thread (the program builds it while the window shows its first frame).
     *
     * @param appearance the program's look, as the first frame already showed it
     */
    public GuiContext(ConfigLocation location, Preferences preferences, Appearance appearance) {
        this.location = location;
        this.preferences = preferences;
        this.appearance = appearance;
        this.document = new ConfigurationDocument(new ConfigStore(location.file()));
        this.layouts = ServiceLayouts.current(location.file());
        this.validator = new ServiceValidator(certificateCheck, layouts);
        this.controller = ServiceController.forThisMachine(layouts, validator, ThisProgram.command());
    }

    /**
     * Reads the configuration file ahead of {@link #open}, off the FX thread; a file that cannot be read is left for
     * open to report.
     */
    public void load() {
        try {
            document.load();
        } catch (IOException e) {
            // open() reads it again and shows why it cannot
        }
    }

    /**
     * Builds the main window's content on {@code stage}, showing the stage first (with its first frame) unless that
     * was done already; false when the configuration cannot be read.
     */
    public boolean open(Stage stage) {
        this.stage = stage;
        appearance.install();
        if (!stage.isShowing()) {
            StartupWindow.show(stage, preferences, appearance.themeProperty().get(), messages);
        }
        dialogs = new FxDialogService(stage, messages, work,
                () -> new CertificateFileGuard(document.services().services(), layouts, Clock.systemUTC()));
        main = new MainViewModel(document, dialogs, messages);
        main.setOnSaved((before, after) -> work.run(
                () -> controller.applyStartModes(before.services(), after.services()),
                results -> results.forEach(main::report), failure -> main.report(String.valueOf(failure.getMessage()))));
        if (!main.open()) {
            return false;
        }
        view = new MainView(screens(), actions(), messages, fileStatus(),
                Bindings.concat(messages.format("status.server", ""), serverState), main.statusProperty());
        view.insertMenu(new ThemeMenu(appearance, messages));
        // A star in the title while there are unsaved changes: OK in a dialog changes the window, Save the file.
        stage.titleProperty().bind(Bindings.when(document.dirtyProperty())
                .then("*" + messages.get("app.title")).otherwise(messages.get("app.title")));
        stage.getScene().setRoot(view);
        stage.getScene().fillProperty().bind(Bindings.createObjectBinding(
                () -> appearance.themeProperty().get().background(), appearance.themeProperty()));
        WindowPlacement placement = new WindowPlacement(preferences);
        stage.setOnCloseRequest(e -> {
            if (!main.canClose()) {
                e.consume();
            } else {
                placement.remember(stage);
            }
        });
        stage.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                main.checkDisk();
                appearance.recheckDesktop(work);
            }
        });
        diskCheck = new Timeline(new KeyFrame(DISK_CHECK_INTERVAL, e -> main.checkDisk()));
        diskCheck.setCycleCount(Timeline.INDEFINITE);
        diskCheck.play();
        return true;
    }

    private List<Screen> screens() {
        List<Screen> screens = new ArrayList<>();
        ServerViewModel server = new ServerViewModel(document.servicesProperty(), controller);
        ServerActions serverActions = new ServerActions(server, document, main::save, messages, dialogs, work);
        ServicesViewModel services = new ServicesViewModel(document, validator, layouts, dialogs, messages,
                serviceStates(server), serverActions);
        server.setOnStatesChanged(services::refresh);
        serverState.bind(server.summaryProperty());
        pollServers(server);
        ServicesView servicesView = new ServicesView(services, messages, serverActions, main::save,
                document.dirtyProperty());
        servicesView.addTools(new ServiceTools(services, document, validator, messages, dialogs));
        screens.add(new Screen("services", messages.get("nav.services"), servicesView, Material2AL.DNS));
        screens.add(new Screen("users", messages.get("nav.users"), new UsersView(
                new UsersViewModel(document.servicesProperty(), layouts, dialogs, messages, work::run), messages, dialogs),
                Material2MZ.PEOPLE));
        CertificatesViewModel certificates = new CertificatesViewModel(location.file().getParent(),
                Clock.systemUTC(), dialogs,
                options -> ServiceCertificateExpiry.check(document.services().services(), layouts, options));
        screens.add(new Screen("certificates", messages.get("nav.certificates"),
                new CertificatesView(certificates, messages, this::inspectServer), Material2MZ.VERIFIED_USER));
        screens.add(new Screen("ciphers", messages.get("nav.ciphers"), ciphersView(), Material2AL.ENHANCED_ENCRYPTION));
        DiagnosticsViewModel diagnostics = new DiagnosticsViewModel(
                s -> new Dltest(DiagnosticEnvironment.current(), certificateCheck, DLTEST_RANDOM_TIMEOUT).run(s),
                document::services);
        screens.add(new Screen("diagnostics", messages.get("nav.diagnostics"),
                new DiagnosticsView(diagnostics, messages, work), Material2AL.HEALING));
        FilesViewModel files = new FilesViewModel(document.servicesProperty(), layouts, server::stateOf);
        screens.add(new Screen("files", messages.get("nav.files"), new FilesView(files, messages, dialogs, work),
                Material2AL.FOLDER));
        screens.add(new Screen("server", messages.get("nav.server"), new ServerView(server, serverActions, messages,
                new ServiceCheckLauncher(stage, messages, work, this::checkService)), Material2MZ.SETTINGS_ETHERNET));
        EnvironmentViewModel environment = new EnvironmentViewModel(document.servicesProperty(),
                HostEnvironment.current(), validator, services::modify);
        screens.add(new Screen("environment", messages.get("nav.environment"),
                new EnvironmentView(environment, messages), Material2MZ.TUNE));
        return screens;
    }

    /** Checks the running service against the prediction for its saved settings (the ones a server runs). */
    private ServiceCheckReport checkService(String name, ServiceCheck.Progress progress) throws IOException {
        ServiceDefinition saved = document.savedServices().find(name).orElseThrow(
                () -> new IllegalArgumentException(messages.format("check.notSaved", name)));
        return ServiceCheck.of(controller, saved, null, null, null).run(progress);
    }

    /** The window that inspects the certificate a TLS server presents, suggesting the first encrypted service. */
    private void inspectServer() {
        int port = document.services().services().stream().filter(ServiceDefinition::encrypt)
                .map(ServiceDefinition::port).findFirst().orElse(ServiceDefinition.DEFAULT_PORT);
        RemoteCertificateViewModel vm = new RemoteCertificateViewModel(endpoint -> ServedCertificates.report(endpoint,
                CertificateRules.Options.defaults(com.synconfig.model.service.Platform.current()), ServiceCheck.TIMEOUT),
                messages, ServiceCheck.DEFAULT_HOST + ":" + port);
        new RemoteCertificateWindow(stage, vm, messages, work).show();
    }

    /** The running state of each service, as the last poll of the service controller found it. */
    private ServiceStates serviceStates(ServerViewModel server) {
        return new ServiceStates() {
            @Override
            public String stateText(String service) {
                return messages.get("state." + server.stateOf(service).name());
            }

            @Override
            public ServerState state(String service) {
                return server.stateOf(service);
            }

            @Override
            public OptionalInt connectedClients(String service) {
                return server.connectedClients(service);
            }

            @Override
            public List<String> clientAddresses(String service) {
                return server.clientAddresses(service);
            }
        };
    }

    /** Reads every service's state in the background once a second (one poll at a time), and shows it. */
    private void pollServers(ServerViewModel server) {
        serverPoll = new Timeline(new KeyFrame(SERVER_POLL_INTERVAL, e -> {
            if (!polling) {
                polling = true;
                work.run(server::poll, snapshot -> {
                    polling = false;
                    server.apply(snapshot);
                }, failure -> {
                    polling = false;
                    main.report(String.valueOf(failure.getMessage()));
                });
            }
        }));
        serverPoll.setCycleCount(Timeline.INDEFINITE);
        serverPoll.play();
    }

    /** The Ciphers screen; the TLS engine is probed in the background and the tables fill in when it answers. */
    private CiphersView ciphersView() {
        CiphersViewModel ciphers = new CiphersViewModel(document.servicesProperty(), CipherCatalog.standard(),
                service -> ServiceKeyType.of(layouts.of(service)));
        Task<EngineFacts> probe = new Task<>() {
            @Override
            protected EngineFacts call() {
                return EngineProbe.facts(TlsEngine.preferred());
            }
        };
        probe.setOnSucceeded(e -> ciphers.setFacts(probe.getValue()));
        probe.setOnFailed(e -> main.report(messages.format("ciphers.probeFailed",
                probe.getException().getMessage())));
        work.run(probe);
        return new CiphersView(ciphers, messages);
    }

    private StringBinding fileStatus() {
        return Bindings.createStringBinding(() -> messages.format("status.file", location.file())
                + (document.isDirty() ? " " + messages.get("status.unsaved") : ""), document.dirtyProperty());
    }

    private MainView.Actions actions() {
        return new MainView.Actions() {
            @Override public void importServices() { main.importServices(); }
            @Override public void exportServices() { main.exportServices(); }
            @Override public void save() { main.save(); }
            @Override public void reload() { main.reload(); }
            @Override public void quit() {
                if (main.canClose()) {
                    new WindowPlacement(preferences).remember(stage);
                    stage.close();
                }
            }
            @Override public void documentation() {
                Documentation.folder().ifPresentOrElse(docs -> work.run(() -> opener.open(docs.toUri().toString()),
                        problem -> problem.ifPresent(p -> dialogs.showError(messages.get("docs.title"),
                                messages.format("docs.cannotOpen", p, docs))),
                        failure -> dialogs.showError(messages.get("docs.title"),
                                messages.format("docs.cannotOpen", failure.getMessage(), docs))),
                        () -> dialogs.showInformation(messages.get("docs.title"), messages.get("docs.missing")));
            }
            @Override public void about() {
                dialogs.showInformation(messages.get("about.title"), messages.format("about.text",
                        version(), System.getProperty("java.version"), System.getProperty("javafx.version"),
                        Documentation.folder().map(Path::toString).orElse(messages.get("about.noDocs")),
                        location.file()));
            }
        };
    }

    private static String version() {
        String v = GuiContext.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /** How the documentation folder is opened (the desktop's browser or file manager). */
    public void setDocumentOpener(DocumentOpener opener) {
        this.opener = opener;
    }

    public MainView view() {
        return view;
    }

    public MainViewModel main() {
        return main;
    }

    public ConfigurationDocument document() {
        return document;
    }

    @Override
    public void close() {
        if (diskCheck != null) {
            diskCheck.stop();
        }
        if (serverPoll != null) {
            serverPoll.stop();
        }
        work.close(); // services keep running: they belong to the service controller, not to this window
    }
}
