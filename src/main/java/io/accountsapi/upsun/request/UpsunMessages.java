package io.accountsapi.upsun.request;

/** Validation messages of the Upsun dialect, worded as Symfony's validators word them. */
public final class UpsunMessages {

    public static final String NOT_NULL = "This value should not be null.";
    public static final String TOO_LONG = "This value is too long. It should have {max} characters or less.";
    public static final String INVALID_EMAIL = "This value is not a valid email address.";
    public static final String INVALID_SUBDIVISION = "This value is not a valid ISO 3166-2 subdivision code.";
    public static final String NOT_BLANK = "This value should not be blank.";
    public static final String NOT_VALID = "This value is not valid.";
    public static final String ALREADY_USED = "This value is already used.";
    public static final String NOT_A_CHOICE = "The value you selected is not a valid choice.";

    private UpsunMessages() {}
}
