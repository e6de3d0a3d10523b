package io.accountsapi.user;

import java.util.Optional;

/** A label as a membership's write names it: by name, and with a colour to give it when one is sent. */
public record LabelName(String name, Optional<String> color) {}
