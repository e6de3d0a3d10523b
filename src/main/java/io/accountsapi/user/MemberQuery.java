package io.accountsapi.user;

import java.util.Set;
import org.springframework.data.domain.Sort;

/**
 * Which of an organization's members to read: those with one of {@code accesses}, in {@code order}, at most
 * {@code size}, after the cursor {@code after} or before {@code before} (at most one of them; neither: the first page).
 */
public record MemberQuery(
        Set<MemberAccess> accesses,
        MemberOrder order,
        Sort.Direction direction,
        int size,
        String after,
        String before) {}
