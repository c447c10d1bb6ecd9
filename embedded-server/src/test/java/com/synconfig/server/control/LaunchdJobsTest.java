package com.synconfig.server.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.service.HostEnvironment;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayout;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.model.service.StartMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The launchd backend's job files and launchctl commands, recorded (launchd itself runs only on macOS: the
 * installers workflow's macOS job drives the real one). The property list is parsed back as XML.
 */
class LaunchdJobsTest {

    @TempDir
    Path dir;
    private final List<String> asked = new ArrayList<>();
    private String printed = "";

    private LaunchdJobs jobs() {
        return new LaunchdJobs(command -> {
            asked.add(String.join(" ", command));
            return new ManagerCommands.Result(0, command[1].equals("print") ? printed : "");
        }, System::nanoTime, new ProgramCommand(List.of("/Applications/SynConfig.app/Contents/MacOS/SynConfig")),
                dir.resolve("LaunchAgents"), "gui/501");
    }

    private ServiceLayout layout(StartMode mode) {
        HostEnvironment mac = new HostEnvironment(Platform.UNIX, Map.of(ServiceLayouts.STATE_DIR_VARIABLE,
                dir.resolve("state & more").toString()));
        return new ServiceLayouts(dir.resolve("synconfig.ini"), mac)
                .of(ServiceDefinition.named("SynSrv").toBuilder().startMode(mode).build());
    }

    @Test
    void anAutomaticServiceIsAJobThatRunsAtLoadAndComesBackAfterACrash() throws Exception {
        LaunchdJobs jobs = jobs();
        jobs.start(layout(StartMode.AUTOMATIC), List.of());
        assertThat(asked).containsExactly("launchctl bootout gui/501/com.synconfig.SynSrv",
                "launchctl bootstrap gui/501 " + jobs.jobFile("SynSrv"));

        Element plist = parse(jobs.jobFile("SynSrv")).getDocumentElement();
        assertThat(value(plist, "Label")).isEqualTo("com.synconfig.SynSrv");
        assertThat(strings(plist, "ProgramArguments")).containsExactly(
                "/Applications/SynConfig.app/Contents/MacOS/SynConfig", "server", "start", "--service", "SynSrv",
                "--foreground", "--config", dir.resolve("synconfig.ini").toString());
        assertThat(value(plist, "RunAtLoad")).isEqualTo("true");
        assertThat(plist.getTextContent()).contains("SuccessfulExit");
        assertThat(value(plist, "StandardOutPath")).isEqualTo(layout(StartMode.AUTOMATIC).consoleFile().toString());
        assertThat(plist.getTextContent()).contains(dir.resolve("state & more").toString());
    }

    @Test
    void aManualServiceIsLoadedIdleAndKickedToStart() throws Exception {
        LaunchdJobs jobs = jobs();
        jobs.start(layout(StartMode.MANUAL), List.of());
        assertThat(asked).endsWith("launchctl kickstart gui/501/com.synconfig.SynSrv");
        assertThat(value(parse(jobs.jobFile("SynSrv")).getDocumentElement(), "RunAtLoad")).isEqualTo("false");
        assertThat(jobs.applyStartMode(layout(StartMode.AUTOMATIC))).contains("RunAtLoad");
        assertThat(value(parse(jobs.jobFile("SynSrv")).getDocumentElement(), "RunAtLoad")).isEqualTo("true");
    }

    @Test
    void stopBootsOutAndForgetRemovesTheJob() throws Exception {
        LaunchdJobs jobs = jobs();
        jobs.start(layout(StartMode.AUTOMATIC), List.of());
        asked.clear();
        jobs.stop(layout(StartMode.AUTOMATIC), null);
        assertThat(asked).containsExactly("launchctl bootout gui/501/com.synconfig.SynSrv");
        jobs.forget(layout(StartMode.AUTOMATIC));
        assertThat(jobs.jobFile("SynSrv")).doesNotExist();
    }

    @Test
    void aJobThatExitedWithAnErrorIsReported() {
        printed = "gui/501/com.synconfig.SynSrv = {\n\tstate = not running\n\tlast exit code = 2\n}";
        assertThat(jobs().problem("SynSrv")).contains("launchd reports the job exited with code 2");
        printed = "gui/501/com.synconfig.Other = {\n\tlast exit code = 0\n}";
        assertThat(jobs().problem("Other")).isEmpty();
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(Files.newInputStream(file));
    }

    /** The element after {@code <key>name</key>} in the top dict: its text, or its tag for true/false. */
    private static String value(Element plist, String name) {
        Element next = after(plist, name);
        return next.getTagName().equals("string") ? next.getTextContent() : next.getTagName();
    }

    private static List<String> strings(Element plist, String name) {
        NodeList items = after(plist, name).getElementsByTagName("string");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.getLength(); i++) {
            out.add(items.item(i).getTextContent());
        }
        return out;
    }

    private static Element after(Element plist, String name) {
        NodeList keys = plist.getElementsByTagName("key");
        for (int i = 0; i < keys.getLength(); i++) {
            if (keys.item(i).getTextContent().equals(name)) {
                org.w3c.dom.Node n = keys.item(i).getNextSibling();
                while (!(n instanceof Element)) {
                    n = n.getNextSibling();
                }
                return (Element) n;
            }
        }
        throw new AssertionError("no key " + name);
    }
}
