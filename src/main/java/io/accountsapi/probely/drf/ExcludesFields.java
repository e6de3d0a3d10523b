package io.accountsapi.probely.drf;

import java.util.Set;

/**
 * A response body whose client named fields to leave out. Objects whose class carries
 * {@code @JsonFilter(ExcludesFields.FILTER)} are written without those fields; everywhere else that filter keeps
 * every field.
 */
public interface ExcludesFields {

    String FILTER = "excludedFields";

    Set<String> excludedFields();
}
