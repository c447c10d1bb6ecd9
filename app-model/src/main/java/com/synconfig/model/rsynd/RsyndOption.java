package com.synconfig.model.rsynd;

/**
 * The settings an {@code rsynd} command line carries, in the order they are rendered, with their spellings
 * in both styles. {@link #CIPHER} is the deprecated {@code -cipher=}: read, reported, never written.
 */
enum RsyndOption {
    PORT("port", "-p", Form.SEPARATE, "PORT", "PORT", "2330"),
    ENCRYPT("encrypt", "-encrypt", Form.FLAG, "ENCRYPT", null, null),
    CERTIFICATE("certificateFile", "-cert", Form.ATTACHED, "CERTIFICATE", "FILE", "rsynd.pem"),
    SCL("scl", "-scl", Form.ATTACHED, "SCL", "N", "3"),
    NON_SECURE("nonSecure", "-n", Form.FLAG, "NOSECURE", null, null),
    DEFAULT_USER("defaultUser", "-u", Form.SEPARATE, "DEFAULT_USER", "USER", "guest"),
    LOG_LEVEL("logLevel", "-l", Form.SEPARATE, "LOG", "LEVEL", "requests"),
    LOG_FILE("logFile", "-logfile", Form.ATTACHED, "LOGFILE", "FILE", "rsynd.log"),
    CIPHER("cipher", "-cipher", Form.ATTACHED, "CIPHER", "LEVEL", "high");

    /** How a dash option takes its value: none, the next word ({@code -p 2330}) or after '=' ({@code -scl=2}). */
    enum Form { FLAG, SEPARATE, ATTACHED }

    private final String field;
    private final String dash;
    private final Form form;
    private final String qualifier;
    private final String metavar;
    private final String exampleValue;

    RsyndOption(String field, String dash, Form form, String qualifier, String metavar, String exampleValue) {
        this.field = field;
        this.dash = dash;
        this.form = form;
        this.qualifier = qualifier;
        this.metavar = metavar;
        this.exampleValue = exampleValue;
    }

    /** The {@link com.synconfig.model.service.ServiceDefinition} component it sets (the finding's field). */
    String field() {
        return field;
    }

    String dash() {
        return dash;
    }

    Form form() {
        return form;
    }

    /** The OpenVMS qualifier name, upper case, without the slash. */
    String qualifier() {
        return qualifier;
    }

    boolean takesValue() {
        return form != Form.FLAG;
    }

    /** What the value is, for usage lists: {@code PORT}, {@code FILE}, ... ({@code null} for a flag). */
    String metavar() {
        return metavar;
    }

    /** The options a command line may carry today (all but the deprecated {@link #CIPHER}). */
    static java.util.List<RsyndOption> current() {
        return java.util.Arrays.stream(values()).filter(o -> o != CIPHER).toList();
    }

    /** A value that makes a sensible example in a fix. */
    String exampleValue() {
        return exampleValue;
    }
}
