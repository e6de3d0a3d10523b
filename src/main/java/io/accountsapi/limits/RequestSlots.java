package io.accountsapi.limits;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The request slots, shared fairly among organizations. A request takes a free slot at once unless its organization
 * holds its most already or has requests waiting before it; else it waits, and each freed slot goes to the waiting
 * organization that holds the fewest (of those, the one waiting longest), so that one below its part is served next
 * whatever the others send. A request still waiting after {@code throttleAfter} is refused when its organization holds
 * at least an even part of the slots while another organization has requests at work or waiting: refusing a lone
 * organization would serve nobody sooner. Any request still waiting at the deadline is refused as busy.
 */
final class RequestSlots {

    private final int slots;
    private final int most;
    private final long throttleAfterNanos;
    private final long deadlineNanos;
    private final ReentrantLock lock = new ReentrantLock();
    /** The organizations with requests at work or waiting, by id. */
    private final Map<String, Organization> active = new HashMap<>();

    private int free;

    /**
     * @param share the most of the slots one organization may hold, as a part of them (at least one slot)
     */
    RequestSlots(int slots, double share, Duration throttleAfter, Duration deadline) {
        this.slots = slots;
        this.most = Math.max(1, (int) Math.ceil(slots * share));
        this.throttleAfterNanos = throttleAfter.toNanos();
        this.deadlineNanos = deadline.toNanos();
        this.free = slots;
    }

    /** Takes a slot for a request of the organization, waiting if need be; unless admitted, it holds none. */
    Admission acquire(String organization) throws InterruptedException {
        lock.lock();
        try {
            var holder = active.computeIfAbsent(organization, Organization::new);
            if (free > 0 && holder.waiting.isEmpty() && holder.held < most) {
                free--;
                holder.held++;
                return Admission.ADMITTED;
            }
            return await(holder);
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

    private Admission await(Organization holder) throws InterruptedException {
        var waiter = new Waiter(lock.newCondition(), System.nanoTime());
        holder.waiting.add(waiter);
        try {
            while (!waiter.admitted) {
                var waited = System.nanoTime() - waiter.since;
                if (waited >= deadlineNanos) {
                    return leave(holder, waiter, Admission.BUSY);
                }
                if (waited >= throttleAfterNanos && holdsEvenPartWhileOthersWant(holder)) {
                    return leave(holder, waiter, Admission.THROTTLED);
                }
                // Past the wait, look again every wait: other organizations come and go.
                var lookAgain = waited < throttleAfterNanos
                        ? throttleAfterNanos
                        : Math.min(deadlineNanos, waited + throttleAfterNanos);
                waiter.turn.awaitNanos(lookAgain - waited);
            }
            return Admission.WAITED;
        } catch (InterruptedException e) {
            if (waiter.admitted) {
                release(holder.id);
            } else {
                leave(holder, waiter, Admission.BUSY);
            }
            throw e;
        }
    }

    private boolean holdsEvenPartWhileOthersWant(Organization holder) {
        return active.size() > 1 && holder.held >= Math.max(1, slots / active.size());
    }

    /** The waiting organization holding the fewest slots, below its most; the one waiting longest on a tie. */
    private Organization nextInTurn() {
        Organization next = null;
        for (var candidate : active.values()) {
            if (candidate.waiting.isEmpty() || candidate.held >= most) {
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

    private Admission leave(Organization holder, Waiter waiter, Admission outcome) {
        holder.waiting.remove(waiter);
        forgetIfIdle(holder);
        return outcome;
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
