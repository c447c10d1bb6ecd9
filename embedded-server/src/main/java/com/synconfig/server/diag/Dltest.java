package com.synconfig.server.diag;

import com.synconfig.model.service.CertificateCheck;
import com.synconfig.model.service.ServiceDefinition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * SynConfig's {@code dltest}: the crypto libraries and engines on this machine, randomness (the machine's and each
 * service's own {@code SYNSSL_RAND}), and each encrypted service's certificate, port and data root. Every check says PASS, WARN or FAIL with a detail and a fix.
 */
public final class Dltest {

    private final DiagnosticEnvironment env;
    private final CertificateCheck certificates;
    private final Duration randomTimeout;

    /**
     * @param certificates  checks a service's certificate file (the certificate work's implementation)
     * @param randomTimeout how long the strong SecureRandom may take to answer
     */
    public Dltest(DiagnosticEnvironment env, CertificateCheck certificates, Duration randomTimeout) {
        this.env = env;
        this.certificates = certificates;
        this.randomTimeout = randomTimeout;
    }

    /** Runs the machine checks, then the service checks for each encrypted one of {@code services}. */
    public DltestReport run(List<ServiceDefinition> services) {
        List<CheckResult> out = new ArrayList<>();
        out.add(new NativeOpenSslCheck(env).run());
        out.add(TlsEngineChecks.engine());
        out.add(TlsEngineChecks.protocolsPerScl());
        out.add(BouncyCastleCheck.run());
        RandomnessCheck random = new RandomnessCheck(randomTimeout);
        out.add(random.run(env.variable(RandomnessCheck.SYNSSL_RAND)));
        ServiceChecks serviceChecks = new ServiceChecks(env, certificates);
        for (ServiceDefinition s : services) {
            String ownRand = s.environment().get(RandomnessCheck.SYNSSL_RAND);
            if (ownRand != null && !ownRand.isEmpty()) { // judged for every service, as validation does
                CheckResult r = random.run(ownRand);
                out.add(new CheckResult(s.name() + " randomness", r.status(), r.summary(), r.details(), r.fix()));
            }
            if (s.encrypt()) {
                out.addAll(serviceChecks.run(s));
            }
        }
        return new DltestReport(out);
    }
}
