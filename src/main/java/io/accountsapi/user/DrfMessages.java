package io.accountsapi.user;

/**
 * Django REST Framework's own error texts, which Probely's clients may match on. Those with {@code {max}} or
 * {@code ${validatedValue}} are Bean Validation message templates.
 */
final class DrfMessages {

    static final String REQUIRED = "This field is required.";
    static final String NOT_NULL = "This field may not be null.";
    static final String NOT_BLANK = "This field may not be blank.";
    static final String NOT_A_STRING = "Not a valid string.";
    static final String NOT_A_BOOLEAN = "Must be a valid boolean.";
    static final String INVALID_EMAIL = "Enter a valid email address.";
    static final String PATTERN = "This value does not match the required pattern.";
    static final String NULL_CHARACTERS = "Null characters are not allowed.";
    static final String MAX_LENGTH = "Ensure this field has no more than {max} characters.";
    static final String MAX_ITEMS = "Ensure this field has no more than {max} elements.";
    static final String INVALID_CHOICE = "\"${validatedValue}\" is not a valid choice.";
    static final String NOT_A_DICTIONARY_BUT_NONE = "Invalid data. Expected a dictionary, but got NoneType.";
    static final String EMAIL_TAKEN = "user with this email already exists.";
    static final String PERMISSION_DENIED = "You do not have permission to perform this action.";
    static final String NON_FIELD_ERRORS = "non_field_errors";

    private DrfMessages() {
    }

    static String maxItems(int max) {
        return MAX_ITEMS.replace("{max}", String.valueOf(max));
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
