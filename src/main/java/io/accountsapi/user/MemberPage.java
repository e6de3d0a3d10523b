package io.accountsapi.user;

import java.util.List;

/**
 * A page of an organization's members, out of {@code total} that pass the query; {@code previous} and {@code next},
 * when not null, are the cursors that reach the pages before and after it.
 */
public record MemberPage(List<MemberView> members, long total, String previous, String next) {}
