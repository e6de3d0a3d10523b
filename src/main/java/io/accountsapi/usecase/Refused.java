package io.accountsapi.usecase;

/** Ends a use case with a {@link Refusal}; nothing it meant to write is written. */
public final class Refused extends RuntimeException {

    private final transient Refusal refusal;

    public Refused(Refusal refusal) {
        super(refusal.toString(), null, false, false);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }

    public static Refused notFound(String what) {
        return new Refused(new Refusal.NotFound(what));
    }

    public static Refused notAllowed(Refusal.Right needed) {
        return new Refused(new Refusal.NotAllowed(needed));
    }
}
