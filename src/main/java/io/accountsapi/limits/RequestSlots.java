package io.accountsapi.limits;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The request slots, shared fairly among organizations. A request takes a free slot at once unless its organization
 * holds as many as one may, or has requests waiting before it; else it waits, and each freed slot goes to the waiting
 * organization that holds the fewest (of those, the one waiting longest), so that one below its part is served next
 * whatever the others send. A request still waiting after {@code throttleAfter} is refused when its organization holds
 * its part (an even part of the slots, or as many as one may if that is less) while another organization has requests
 * at work or waiting: refusing a lone organization would serve nobody sooner. Any request still waiting at the
 * deadline is refused as busy.
 */
final class RequestSlots {

    private final int slots;
    private final int maxPerOrganization;
    private final Duration deadline;
    private final long throttleAfterNanos;
    private final ReentrantLock lock = new ReentrantLock();
    /** The organizations with requests at work or waiting, by id. */
    private final Map<String, Organization> active = new HashMap<>();

    private int free;

    /**
     * @param share the most of the slots one organization may hold, as a part of them (rounded, at least one slot)
     */
    RequestSlots(int slots, double share, Duration throttleAfter, Duration deadline) {
        this.slots = slots;
        this.maxPerOrganization = Math.max(1, (int) Math.round(slots * share));
        this.deadline = deadline;
        this.throttleAfterNanos = throttleAfter.toNanos();
        this.free = slots;
    }

    int slots() {
        return slots;
    }

    Duration deadline() {
        return deadline;
    }

    /** Takes a slot for a request of the organization, waiting if need be; unless admitted, it holds none. */
    Admission acquire(String organization) throws InterruptedException {
        lock.lock();
        try {
            var holder = active.computeIfAbsent(organization, Organization::new);
            if (free > 0 && holder.waiting.isEmpty() && holder.held < maxPerOrganization) {
                free--;
                holder.held++;
                return Admission.ADMITTED;
            }
            return await(holder);
        } finally {
            lock.unlock();
        }
    }

    /** Gives back a slot the organization was admitted to: to the next organization in turn, else to the free ones. */
    void release(String organization) {
        lock.lock();
        try {
            var holder = active.get(organization);
            holder.held--;
            var next = nextInTurn();
            if (next == null) {
                free++;
            } else {
                next.held++;
                var waiter = next.waiting.poll();
                waiter.admitted = true;
                waiter.turn.signal();
            }
            forgetIfIdle(holder);
        } finally {
            lock.unlock();
        }
    }

    /** How many requests wait for a slot now. */
    int waiting() {
        lock.lock();
        try {
            return active.values().stream()
                    .mapToInt(holder -> holder.waiting.size())
                    .sum();
        } finally {
            lock.unlock();
        }
    }

    private Admission await(Organization holder) throws InterruptedException {
        var waiter = new Waiter(lock.newCondition(), System.nanoTime());
        holder.waiting.add(waiter);
        var admission = Admission.BUSY; // if the wait ends in an exception
        try {
            admission = waitForTurn(holder, waiter);
            return admission;
        } finally {
            if (admission != Admission.WAITED) {
                giveUp(holder, waiter);
            }
        }
    }

    private Admission waitForTurn(Organization holder, Waiter waiter) throws InterruptedException {
        var deadlineNanos = deadline.toNanos();
        while (!waiter.admitted) {
            var waited = System.nanoTime() - waiter.since;
            if (waited >= deadlineNanos) {
                return Admission.BUSY;
            }
            if (waited >= throttleAfterNanos && holdsItsPartWhileOthersAreActive(holder)) {
                return Admission.THROTTLED;
            }
            // Looks again after each further throttleAfter: other organizations come and go.
            var lookAgain = waited < throttleAfterNanos ? throttleAfterNanos : waited + throttleAfterNanos;
            waiter.turn.awaitNanos(Math.min(deadlineNanos, lookAgain) - waited);
        }
        return Admission.WAITED;
    }

    /** A waiter refused, or whose wait ended in an exception: out of its queue, or its slot given back. */
    private void giveUp(Organization holder, Waiter waiter) {
        if (waiter.admitted) {
            release(holder.id);
        } else {
            holder.waiting.remove(waiter);
            forgetIfIdle(holder);
        }
    }

    private boolean holdsItsPartWhileOthersAreActive(Organization holder) {
        var evenPart = Math.max(1, slots / active.size());
        return active.size() > 1 && holder.held >= Math.min(evenPart, maxPerOrganization);
    }

    /** The waiting organization holding the fewest slots, below as many as one may; the longest waiting on a tie. */
    private Organization nextInTurn() {
        Organization next = null;
        for (var candidate : active.values()) {
            if (candidate.waiting.isEmpty() || candidate.held >= maxPerOrganization) {
                continue;
            }
            if (next == null
                    || candidate.held < next.held
                    || (candidate.held == next.held
                            && candidate.waiting.peek().since - next.waiting.peek().since < 0)) {
                next = candidate;
            }
        }
        return next;
    }

    private void forgetIfIdle(Organization holder) {
        if (holder.held == 0 && holder.waiting.isEmpty()) {
            active.remove(holder.id);
        }
    }

    private static final class Organization {
        final String id;
        final ArrayDeque<Waiter> waiting = new ArrayDeque<>();
        int held;

        Organization(String id) {
            this.id = id;
        }
    }

    private static final class Waiter {
        final Condition turn;
        final long since;
        boolean admitted;

        Waiter(Condition turn, long since) {
            this.turn = turn;
            this.since = since;
        }
    }
}
