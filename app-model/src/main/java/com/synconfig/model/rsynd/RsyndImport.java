package com.synconfig.model.rsynd;

import com.synconfig.model.check.Finding;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.ServiceDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A pasted {@code rsynd} command line as the service it starts: the one answer behind the program's "Paste rsynd
 * line" and {@code synconfig service import-rsynd}. Both then check the service with the validator and save it the
 * usual way.
 * <p>
 * The line may be in either form. Without a platform given, the form of its first option decides: a qualifier
 * ({@code /PORT=2330}) makes the service an OpenVMS one; a dash option ({@code -p 2330}) keeps a UNIX or Windows
 * service's platform, else takes this machine's (UNIX when that is OpenVMS); a line without options keeps the
 * service's platform.
 * <p>
 * An existing service keeps what a command line cannot say (start mode, data root, environment); everything a line
 * can say comes from the line, and what it leaves out takes rsynd's default (docs/rsynd-command-line.md).
 */
public final class RsyndImport {

    private RsyndImport() {
    }

    /**
     * What the line makes of the service.
     *
     * @param service  the service as the line defines it; {@code null} when a finding is an error
     * @param platform the platform the line was read for
     * @param updates  whether it replaces the settings of an existing service (else it is a new one)
     * @param findings what the line gets wrong (each naming the word and its fix), and remarks
     */
    public record Result(ServiceDefinition service, Platform platform, boolean updates, List<Finding> findings) {

        public Result {
            findings = List.copyOf(findings);
        }

        public boolean ok() {
            return service != null;
        }
    }

    /**
     * @param line     the command line, in dash (UNIX, Windows) or qualifier (OpenVMS) form
     * @param name     the service to create; ignored when {@code existing} is given
     * @param existing the service the line updates, if it exists
     * @param platform the platform the line is written for; empty: the line's form decides
     */
    public static Result read(String line, String name, Optional<ServiceDefinition> existing,
                              Optional<Platform> platform) {
        ServiceDefinition base = existing.orElseGet(() -> ServiceDefinition.named(name));
        if (line == null || line.isBlank()) {
            return new Result(null, platform.orElse(base.platform()), existing.isPresent(), List.of(Finding.error(
                    "commandLine", "The command line is empty.",
                    "Paste the line that starts rsynd, e.g. rsynd -p 2330 -encrypt -cert=/etc/synergy/rsynd.pem.")));
        }
        Platform read = platform.orElseGet(() -> formOf(line, base));
        RsyndParseResult parsed = RsyndCommandLine.parse(line, base, read);
        List<Finding> findings = new ArrayList<>(parsed.findings());
        if (read != base.platform() && existing.isPresent()) {
            findings.add(Finding.info("platform", "Read as a command line for " + read.displayName() + ": the"
                    + " target platform of " + base.name() + " becomes " + read.displayName() + ".", ""));
        }
        if (existing.isPresent()) {
            findings.add(Finding.info("", "The line replaces every setting an rsynd line can hold: what it leaves"
                    + " out takes rsynd's default. " + base.name() + " keeps its start mode, data root and environment.",
                    ""));
        }
        return new Result(parsed.service(), read, existing.isPresent(), findings); // no service after an error
    }

    /**
     * The platform whose form the line is written in, by its first option: {@code -} dash, {@code /} an OpenVMS
     * qualifier (a path to the program, such as {@code /usr/synergyde/bin/rsynd}, is not an option). Without
     * options: the service's form.
     */
    private static Platform formOf(String line, ServiceDefinition base) {
        Platform dash = base.platform() != Platform.OPENVMS ? base.platform()
                : Platform.current() != Platform.OPENVMS ? Platform.current() : Platform.UNIX;
        List<Word> words = CommandWords.split(line, new ArrayList<>()); // the reading reports any broken quote
        int first = !words.isEmpty() && words.get(0).text().equals("$") ? 1 : 0; // the DCL prompt
        for (int i = first; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.startsWithUnquoted('-')) {
                return dash;
            }
            boolean programPath = i == first && ProgramWord.isRsynd(w.text());
            if (w.indexOfUnquoted("/", 0) >= 0 && !programPath) {
                return Platform.OPENVMS;
            }
        }
        return base.platform();
    }
}
