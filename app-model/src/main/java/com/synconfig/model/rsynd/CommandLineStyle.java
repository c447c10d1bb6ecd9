package com.synconfig.model.rsynd;

import com.synconfig.model.check.Finding;
import java.util.List;

/** How one family of platforms writes {@code rsynd} options: dash options or OpenVMS qualifiers. */
interface CommandLineStyle {

    /** The command line for the settings, which come in {@link RsyndOption} order. */
    String render(List<Setting> settings);

    /** The options found in the words; syntax problems go to {@code out}. */
    List<Occurrence> read(List<Word> words, List<Finding> out);

    /** How messages name an option, e.g. {@code -cert=} or {@code /CERTIFICATE}. */
    String display(RsyndOption option);

    /** A correct use of the option, e.g. {@code -p 2330} or {@code /PORT=2330}. */
    String example(RsyndOption option, String value);

    /** One setting to write: a flag that is on ({@code value == null}) or an option with its value. */
    record Setting(RsyndOption option, String value) {
    }
}
