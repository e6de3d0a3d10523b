/** Upsun's answers: the response records with their {@code _links}, and the mapping of the domain's records to them. */
package io.accountsapi.upsun.response;
