package org.w3id.vnkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.fuseki.Fuseki;
import org.junit.jupiter.api.Test;

/** The server logs its start-up, not every request: the per-request lines cost more than a small query. */
class RequestLogTest {
    @Test
    void fusekiLogsNoLinePerRequestButItsStartUp() {
        assertThat(Fuseki.actionLog.isInfoEnabled()).isFalse();
        assertThat(Fuseki.actionLog.isWarnEnabled()).isTrue();
        assertThat(Fuseki.serverLog.isInfoEnabled()).isTrue();
    }
}
