package io.accountsapi.limits;

/** What the limits made of a request. */
enum Admission {
    /** A slot was free. */
    ADMITTED,
    /** Admitted after waiting for a slot. */
    WAITED,
    /** 429: its organization held its part of the slots while other organizations' requests were at work or waiting. */
    THROTTLED,
    /** 429: over the rate of its organization or of its key. */
    RATE_LIMITED,
    /** 503: no slot came before the deadline. */
    BUSY
}
