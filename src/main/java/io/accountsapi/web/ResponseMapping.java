package io.accountsapi.web;

import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/**
 * How both dialects' response mappers are generated: Spring beans, and a response component that no source fills
 * fails the build rather than answering null.
 */
@MapperConfig(componentModel = MappingConstants.ComponentModel.SPRING, unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface ResponseMapping {}
