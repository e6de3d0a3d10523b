package io.accountsapi.user;

import java.util.List;
import org.springframework.data.domain.ScrollPosition;

/**
 * A page of an organization's members, out of {@code total} that pass the query; {@code previous} and {@code next},
 * when not null, are where the pages before and after it start.
 */
public record MemberPage(List<MemberView> members, long total, ScrollPosition previous, ScrollPosition next) {}
