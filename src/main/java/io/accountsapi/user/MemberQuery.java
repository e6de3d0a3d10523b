package io.accountsapi.user;

import java.util.List;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.Sort;

/**
 * Which of an organization's members to read: those that pass every condition, in {@code order}, at most
 * {@code size}, from {@code position} (the first page: {@link org.springframework.data.domain.ScrollPosition#keyset()};
 * scrolling backward, the page before it).
 */
public record MemberQuery(
        List<PermissionCondition> conditions,
        MemberOrder order,
        Sort.Direction direction,
        int size,
        KeysetScrollPosition position) {}
