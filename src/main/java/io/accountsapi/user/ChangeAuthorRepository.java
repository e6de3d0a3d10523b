package io.accountsapi.user;

import org.springframework.data.repository.Repository;

/** The authors of changes, by their membership's id. */
interface ChangeAuthorRepository extends Repository<ChangeAuthor, String> {

    /** The membership as an author, without reading it: a write stores only its id. */
    ChangeAuthor getReferenceById(String membershipId);
}
