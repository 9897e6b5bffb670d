package org.w3id.vnkg.bench;

import java.lang.management.ManagementFactory;
import java.util.Optional;

import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * Whether this JVM compiles huge methods. HotSpot leaves any method over 8,000 bytes of bytecode to the
 * interpreter unless started with {@value #FLAG}, and two of our hot paths are such methods: the token
 * managers that JavaCC writes for Jena's SPARQL parser ({@code ARQParserTokenManager.jjMoveNfa_0}, 14,780 bytes),
 * which the server runs on every query, and CoreNLP's tokenizer ({@code PTBLexer.next}, 10,741 bytes). Interpreted,
 * parsing a 2.8 KB query took 1.05 ms of CPU; compiled, 0.20 ms (bench/FINDINGS.md, 2026-11-27). The {@code kg}
 * launcher passes the flag; a JVM started without it says so on stderr.
 */
public final class HugeMethods {
    /** The HotSpot option that lets the JIT compile methods over 8,000 bytes of bytecode. */
    public static final String FLAG = "-XX:-DontCompileHugeMethods";

    private HugeMethods() {
    }

    /** True when huge methods are compiled; false when they stay interpreted; empty on a JVM that is not HotSpot. */
    public static Optional<Boolean> compiled() {
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return Optional.of("false".equals(hotspot.getVMOption("DontCompileHugeMethods").getValue()));
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** The warning for a JVM that interprets huge methods, if this is one. */
    public static Optional<String> warning() {
        return compiled().filter(c -> !c).map(c -> "kg: this JVM leaves huge methods interpreted (SPARQL parsing "
                + "runs ~5x slower, CoreNLP's tokenizer ~2x); start it with " + FLAG + ", as ./kg does");
    }
}
