package io.accountsapi.user;

import org.springframework.data.repository.Repository;

/** The authors of changes, by their membership's id. */
interface ChangeAuthorRepository extends Repository<ChangeAuthor, String> {

    /** The membership as an author, without reading it: a write stores only its id. */
    ChangeAuthor getReferenceById(String membershipId);

    /** Who makes a new membership: {@code byMembershipId}, or the new membership itself when that is null. */
    default ChangeAuthor makerOf(String newMembershipId, String byMembershipId) {
        return getReferenceById(byMembershipId == null ? newMembershipId : byMembershipId);
    }
}
