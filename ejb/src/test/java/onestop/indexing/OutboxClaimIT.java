package onestop.indexing;

import jakarta.ejb.EJB;
import onestop.testing.TestDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The claim that lets several nodes drain the outbox together, on the database the server really
 * uses (H2 2.x in PostgreSQL mode by default, PostgreSQL in the second CI run): while one
 * transaction holds rows, a second one skips them instead of waiting or taking them too.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxClaimIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.ejbModule("outbox-claim-it").addClasses(OutboxClaimIT.class, ClaimProbe.class);
    }

    @EJB
    private ClaimProbe probe;

    @EJB
    private IndexingWorker worker;

    @Test
    @DisplayName("two concurrent claims take disjoint rows: the second skips what the first holds and does not wait for it")
    void concurrentClaimsAreDisjoint() throws Exception {
        String kind = "claim-" + ThreadLocalRandom.current().nextInt(1_000_000);
        worker.setPaused(true);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Thread.sleep(500);                  // a tick in flight ends
            probe.enqueue(kind, 10);

            Future<List<Long>> first = two.submit(() -> probe.claimAndHold(kind, 6, 3000));
            Thread.sleep(700);
            long start = System.nanoTime();
            Future<List<Long>> second = two.submit(() -> probe.claimAndHold(kind, 6, 0));
            List<Long> b = second.get(10, TimeUnit.SECONDS);
            long secondMillis = (System.nanoTime() - start) / 1_000_000;
            List<Long> a = first.get(10, TimeUnit.SECONDS);

            Set<Long> overlap = new HashSet<>(a);
            overlap.retainAll(b);
            assertEquals(6, a.size());
            assertEquals(4, b.size(), "the second claim gets the rows the first does not hold");
            assertTrue(overlap.isEmpty(), "no row claimed twice: " + overlap);
            assertTrue(secondMillis < 2000, "the second claim skipped the locked rows instead of waiting (" + secondMillis + " ms)");
        } finally {
            two.shutdownNow();
            probe.delete(kind);
            worker.setPaused(false);
        }
    }
}
