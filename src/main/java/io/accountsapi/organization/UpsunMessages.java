package io.accountsapi.organization;

/** Validation messages of the Upsun dialect, worded as Symfony's validators word them. */
final class UpsunMessages {

    static final String NOT_NULL = "This value should not be null.";
    static final String TOO_LONG = "This value is too long. It should have {max} characters or less.";
    static final String INVALID_EMAIL = "This value is not a valid email address.";
    static final String INVALID_SUBDIVISION = "This value is not a valid ISO 3166-2 subdivision code.";
    static final String NOT_BLANK = "This value should not be blank.";
    static final String NOT_VALID = "This value is not valid.";
    static final String ALREADY_USED = "This value is already used.";
    static final String NOT_A_CHOICE = "The value you selected is not a valid choice.";

    private UpsunMessages() {}
}
