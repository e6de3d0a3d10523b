package io.accountsapi.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What wraps every request before the application sees it: its id and access line, then the body limit (before
 * security and before form bodies are read; the request slots come next, from {@code limits}); and Tomcat's own error
 * answers in the dialect's error shape.
 */
@Configuration(proxyBeanMethods = false)
class RequestPipelineConfig {

    /** First of all, so that even a refused request has an id and an access line. */
    @Bean
    FilterRegistrationBean<RequestLogFilter> requestLogFilter() {
        var registration = new FilterRegistrationBean<>(new RequestLogFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(Problems problems) {
        var registration = new FilterRegistrationBean<>(new BodyLimitFilter(problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorPages(Problems problems) {
        return factory -> factory.addContextCustomizers(context -> {
            var host = (StandardHost) context.getParent();
            host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            host.getPipeline().addValve(new ProblemErrorReportValve(problems));
        });
    }
}
