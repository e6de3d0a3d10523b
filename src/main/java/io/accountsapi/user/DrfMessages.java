package io.accountsapi.user;

/** Django REST Framework's own error texts, which Probely's clients may match on. */
final class DrfMessages {

    static final String REQUIRED = "This field is required.";
    static final String NOT_NULL = "This field may not be null.";
    static final String NOT_BLANK = "This field may not be blank.";
    static final String NOT_A_STRING = "Not a valid string.";
    static final String NOT_A_BOOLEAN = "Must be a valid boolean.";
    static final String INVALID_EMAIL = "Enter a valid email address.";
    static final String PATTERN = "This value does not match the required pattern.";
    static final String EMAIL_TAKEN = "user with this email already exists.";
    static final String PERMISSION_DENIED = "You do not have permission to perform this action.";

    private DrfMessages() {
    }

    static String maxLength(int max) {
        return "Ensure this field has no more than " + max + " characters.";
    }

    static String maxItems(int max) {
        return "Ensure this field has no more than " + max + " elements.";
    }

    static String invalidChoice(String input) {
        return "\"" + input + "\" is not a valid choice.";
    }

    static String notAList(String pythonType) {
        return "Expected a list of items but got type \"" + pythonType + "\".";
    }

    static String notADictionary(String pythonType) {
        return "Invalid data. Expected a dictionary, but got " + pythonType + ".";
    }

    static String doesNotExist(String id) {
        return "Invalid pk \"" + id + "\" - object does not exist.";
    }
}
