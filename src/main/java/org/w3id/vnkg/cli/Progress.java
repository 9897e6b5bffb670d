package org.w3id.vnkg.cli;

import java.io.PrintWriter;
import java.util.function.IntConsumer;

/** A progress bar on a terminal; silent when output goes to a file or a pipe. */
final class Progress implements IntConsumer {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final int total;
    private final boolean terminal = System.console() != null;
    private final long start = System.nanoTime();

    Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    @Override
    public void accept(int done) {
        if (!terminal || total == 0) {
            return;
        }
        int filled = (int) ((long) WIDTH * done / total);
        double seconds = (System.nanoTime() - start) / 1e9;
        err.printf("\r[%s%s] %d/%d articles %.0f/s", "#".repeat(filled), " ".repeat(WIDTH - filled), done, total,
                seconds > 0 ? done / seconds : 0.0);
        err.flush();
    }

    void finish() {
        if (terminal && total > 0) {
            err.println();
            err.flush();
        }
    }
}
