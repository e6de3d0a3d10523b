package io.accountsapi.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Who gets a freed slot, who is refused and when: the fair share of the request slots among organizations. */
class RequestSlotsTest {

    private static final Duration LONG = Duration.ofSeconds(30);

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aFreedSlotGoesToTheWaitingOrganizationHoldingFewestBeforeAnEarlierWaiterOfOneHoldingMore() throws Exception {
        var slots = new RequestSlots(2, 1.0, LONG, LONG);
        assertThat(slots.acquire("flood")).isEqualTo(Admission.ADMITTED);
        assertThat(slots.acquire("flood")).isEqualTo(Admission.ADMITTED);
        var floodWaiting = waitingFor(slots, () -> slots.acquire("flood"));
        var quietWaiting = waitingFor(slots, () -> slots.acquire("quiet"));

        slots.release("flood");

        assertThat(quietWaiting.get(5, TimeUnit.SECONDS)).isEqualTo(Admission.WAITED);
        assertThat(floodWaiting).isNotDone();
        slots.release("flood");
        assertThat(floodWaiting.get(5, TimeUnit.SECONDS)).isEqualTo(Admission.WAITED);
        assertThat(slots.waiting()).isZero();
    }

    @Test
    void aRequestOfAnOrganizationHoldingItsPartIsRefusedAfterTheWaitWhileAnotherWaitsAndThatOneIsServed()
            throws Exception {
        var slots = new RequestSlots(2, 1.0, Duration.ofMillis(50), LONG);
        slots.acquire("flood");
        slots.acquire("flood");
        var quietWaiting = waitingFor(slots, () -> slots.acquire("quiet"));

        assertThat(slots.acquire("flood")).isEqualTo(Admission.THROTTLED);

        assertThat(quietWaiting).as("below its part, it keeps its place").isNotDone();
        slots.release("flood");
        assertThat(quietWaiting.get(5, TimeUnit.SECONDS)).isEqualTo(Admission.WAITED);
    }

    @Test
    void aLoneOrganizationIsNeverRefusedForItsPartAndWaitsUntilTheDeadline() throws Exception {
        var slots = new RequestSlots(1, 1.0, Duration.ofMillis(10), Duration.ofMillis(200));
        slots.acquire("alone");

        var started = System.nanoTime();
        assertThat(slots.acquire("alone")).isEqualTo(Admission.BUSY);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(slots.waiting()).isZero();
        slots.release("alone");
        assertThat(slots.acquire("alone")).as("the slot was given back").isEqualTo(Admission.ADMITTED);
    }

    @Test
    void anOrganizationHoldingItsShareWaitsThoughASlotIsFreeWhichAnotherTakesAtOnce() throws Exception {
        var slots = new RequestSlots(2, 0.5, LONG, LONG);
        slots.acquire("flood");
        var floodWaiting = waitingFor(slots, () -> slots.acquire("flood"));

        assertThat(slots.acquire("quiet")).isEqualTo(Admission.ADMITTED);

        slots.release("flood");
        assertThat(floodWaiting.get(5, TimeUnit.SECONDS)).isEqualTo(Admission.WAITED);
    }

    @Test
    void anOrganizationHeldToLessThanAnEvenPartIsRefusedAtItsMostWhileAnotherIsActive() throws Exception {
        var slots = new RequestSlots(4, 0.25, Duration.ofMillis(20), LONG);
        slots.acquire("flood");
        slots.acquire("quiet");

        assertThat(slots.acquire("flood")).isEqualTo(Admission.THROTTLED);
        assertThat(slots.acquire("third"))
                .as("the slots it may not hold are free")
                .isEqualTo(Admission.ADMITTED);
    }

    @Test
    void aDeadlineSoonerThanTheWaitBeforeRefusingEndsTheWait() throws Exception {
        var slots = new RequestSlots(1, 1.0, LONG, Duration.ofMillis(100));
        slots.acquire("alone");

        var started = System.nanoTime();
        assertThat(slots.acquire("alone")).isEqualTo(Admission.BUSY);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(LONG);
    }

    @Test
    void anInterruptedWaiterLeavesItsPlaceAndTheSlotsAreAsBefore() throws Exception {
        var slots = new RequestSlots(1, 1.0, LONG, LONG);
        slots.acquire("first");
        var interrupted = waitingFor(slots, () -> slots.acquire("second"));

        interrupted.cancel(true);

        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (slots.waiting() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(slots.waiting()).isZero();
        slots.release("first");
        assertThat(slots.acquire("second")).isEqualTo(Admission.ADMITTED);
    }

    /** Starts the acquisition on a thread of its own and returns once it waits. */
    private Future<Admission> waitingFor(RequestSlots slots, Callable<Admission> acquisition)
            throws InterruptedException {
        var before = slots.waiting();
        var future = threads.submit(acquisition);
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (slots.waiting() == before && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(slots.waiting()).as("the request waits").isEqualTo(before + 1);
        return future;
    }
}
