package io.accountsapi.user;

/**
 * The users dialect's error texts, Django REST Framework's own wherever DRF has one, which Probely's clients may match
 * on. Those with {@code {max}} or {@code ${validatedValue}} are Bean Validation message templates.
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
    static final String NOT_AUTHENTICATED = "Authentication credentials were not provided.";
    static final String BAD_CREDENTIALS = "Incorrect authentication credentials.";
    static final String NOT_FOUND = "Not found.";
    static final String INVALID_PAGE = "Invalid page.";
    static final String NOT_ACCEPTABLE = "Could not satisfy the request Accept header.";
    static final String READ_ONLY = "This field cannot be changed.";
    static final String INVALID_INTEGER = "A valid integer is required.";
    static final String INVALID_NUMBER = "A valid number is required.";
    static final String NOT_A_DICTIONARY = "Invalid data. Expected a dictionary.";
    static final String LABEL_NAME_TAKEN = "label with this name already exists.";
    static final String CANNOT_DEACTIVATE_SELF = "You cannot deactivate yourself.";
    static final String PRECONDITION_FAILED = "Precondition failed: the resource has changed.";
    static final String CONFLICT = "The request conflicts with a concurrent change; retry it.";
    static final String TOO_LARGE = "Request body is too large.";
    static final String BUSY = "The server is busy, try again in a moment.";
    static final String UNAVAILABLE = "Service temporarily unavailable, try again later.";
    static final String INTERNAL = "Unexpected error while handling your request.";

    private DrfMessages() {}

    static String maxItems(int max) {
        return MAX_ITEMS.replace("{max}", String.valueOf(max));
    }

    static String notAList(String pythonType) {
        return "Expected a list of items but got type \"" + pythonType + "\".";
    }

    static String notADictionary(String pythonType) {
        return "Invalid data. Expected a dictionary, but got " + pythonType + ".";
    }

    static String methodNotAllowed(String method) {
        return "Method \"" + method + "\" not allowed.";
    }

    static String unsupportedMediaType(String contentType) {
        return "Unsupported media type \"" + contentType + "\" in request.";
    }

    static String parseError(String format, String reason) {
        return format + " parse error - " + reason;
    }

    /** django-filter's answer to a value that is none of a filter's choices. */
    static String invalidFilterChoice(String value) {
        return "Select a valid choice. " + value + " is not one of the available choices.";
    }

    static String doesNotExist(String id) {
        return "Invalid pk \"" + id + "\" - object does not exist.";
    }
}
