package io.accountsapi.user;

import java.time.Instant;

/** One of the organization's user labels, and who changed it last (null once that membership is gone) and when. */
public record LabelDetails(
        String id, String name, String color, MembershipDetails.Changer changedBy, Instant changed) {}
