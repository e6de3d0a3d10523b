/**
 * People and their memberships, in no dialect: a person (who someone is, in every organization) and their membership
 * of each organization (title, whether active, labels, role grants, billing rights), the organization's user labels,
 * and the keys each membership acts with. Entities behind Spring Data repositories; services that take plain commands
 * ({@code Write}s of {@code ...Changes}, {@code NewMembership}, {@code MembershipSearch}) and answer records
 * ({@code MembershipDetails}, {@code LabelDetails}) or refusals. Other packages use only its services and records.
 */
@ApplicationModule(allowedDependencies = {"auth", "usecase", "datasource"})
package io.accountsapi.user;

import org.springframework.modulith.ApplicationModule;
