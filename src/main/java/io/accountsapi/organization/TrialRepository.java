package io.accountsapi.organization;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrialRepository extends JpaRepository<Trial, String> {}
