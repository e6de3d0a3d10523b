package io.accountsapi.probely.drf;

/**
 * The users dialect's error texts, Django REST Framework's own wherever DRF has one, which Probely's clients may match
 * on. Those with {@code {max}} or {@code ${validatedValue}} are Bean Validation message templates.
 */
public final class DrfMessages {

    public static final String REQUIRED = "This field is required.";
    public static final String NOT_NULL = "This field may not be null.";
    public static final String NOT_BLANK = "This field may not be blank.";
    public static final String NOT_A_STRING = "Not a valid string.";
    public static final String NOT_A_BOOLEAN = "Must be a valid boolean.";
    public static final String INVALID_EMAIL = "Enter a valid email address.";
    public static final String PATTERN = "This value does not match the required pattern.";
    public static final String NULL_CHARACTERS = "Null characters are not allowed.";
    public static final String MAX_LENGTH = "Ensure this field has no more than {max} characters.";
    public static final String MAX_ITEMS = "Ensure this field has no more than {max} elements.";
    public static final String INVALID_CHOICE = "\"${validatedValue}\" is not a valid choice.";
    public static final String NOT_A_DICTIONARY_BUT_NONE = "Invalid data. Expected a dictionary, but got NoneType.";
    public static final String PERMISSION_DENIED = "You do not have permission to perform this action.";
    public static final String NON_FIELD_ERRORS = "non_field_errors";
    public static final String NOT_AUTHENTICATED = "Authentication credentials were not provided.";
    public static final String BAD_CREDENTIALS = "Incorrect authentication credentials.";
    public static final String NOT_FOUND = "Not found.";
    public static final String INVALID_PAGE = "Invalid page.";
    public static final String NOT_ACCEPTABLE = "Could not satisfy the request Accept header.";
    public static final String READ_ONLY = "This field cannot be changed.";
    public static final String INVALID_INTEGER = "A valid integer is required.";
    public static final String INVALID_NUMBER = "A valid number is required.";
    public static final String NOT_A_DICTIONARY = "Invalid data. Expected a dictionary.";
    public static final String CANNOT_DEACTIVATE_SELF = "You cannot deactivate yourself.";

    /** Not a message of Probely's own: Probely has no user in several accounts. */
    public static final String SHARED_WITH_OTHER_ORGANIZATIONS =
            "This user belongs to other organizations too; only they can change their name.";

    public static final String PRECONDITION_FAILED = "Precondition failed: the resource has changed.";
    public static final String CONFLICT = "The request conflicts with a concurrent change; retry it.";
    public static final String TOO_LARGE = "Request body is too large.";
    public static final String THROTTLED = "Request was throttled.";
    public static final String BUSY = "The server is busy, try again in a moment.";
    public static final String UNAVAILABLE = "Service temporarily unavailable, try again later.";
    public static final String INTERNAL = "Unexpected error while handling your request.";

    private DrfMessages() {}

    /** DRF's throttle message with its wait, in whole seconds. */
    public static String throttled(long seconds) {
        return THROTTLED + " Expected available in " + seconds + (seconds == 1 ? " second." : " seconds.");
    }

    public static String maxItems(int max) {
        return MAX_ITEMS.replace("{max}", String.valueOf(max));
    }

    public static String notAList(String pythonType) {
        return "Expected a list of items but got type \"" + pythonType + "\".";
    }

    public static String notADictionary(String pythonType) {
        return "Invalid data. Expected a dictionary, but got " + pythonType + ".";
    }

    public static String methodNotAllowed(String method) {
        return "Method \"" + method + "\" not allowed.";
    }

    public static String unsupportedMediaType(String contentType) {
        return "Unsupported media type \"" + contentType + "\" in request.";
    }

    public static String parseError(String format, String reason) {
        return format + " parse error - " + reason;
    }

    /** django-filter's answer to a value that is none of a filter's choices. */
    public static String invalidFilterChoice(String value) {
        return "Select a valid choice. " + value + " is not one of the available choices.";
    }

    /** DRF's unique validator: e.g. "user with this email already exists." */
    public static String taken(String model, String field) {
        return model + " with this " + field + " already exists.";
    }

    public static String doesNotExist(String id) {
        return "Invalid pk \"" + id + "\" - object does not exist.";
    }
}
