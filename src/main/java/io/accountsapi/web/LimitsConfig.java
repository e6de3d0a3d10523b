package io.accountsapi.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What bounds and shapes a request before the application sees it: the body limit runs first of all filters, before
 * security and before form bodies are read; Tomcat's own error answers use the dialect's error shape.
 */
@Configuration(proxyBeanMethods = false)
class LimitsConfig {

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(Problems problems) {
        var registration = new FilterRegistrationBean<>(new BodyLimitFilter(problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
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
