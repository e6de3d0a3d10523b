package io.accountsapi.user;

import java.util.Optional;

/** What a write changes of a label, or gives a new one; an empty field is left as it is (a new label: no colour). */
public record LabelChanges(Optional<String> name, Optional<String> color) {}
