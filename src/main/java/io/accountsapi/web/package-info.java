/**
 * What both dialects share: the request pipeline (ids, the body limit), the exception handler that turns every
 * failure into an {@link io.accountsapi.web.ApiProblem} for the path's dialect to render, ETags and write headers, JSON
 * settings and the OpenAPI set-up. It knows no feature and no dialect.
 */
@ApplicationModule(allowedDependencies = {"usecase"})
package io.accountsapi.web;

import org.springframework.modulith.ApplicationModule;
