package io.accountsapi;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Counts the SQL statements the server prepares, whatever issues them (Hibernate or JDBC), for tests that bound them. */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final Set<String> STATEMENT_FACTORIES = Set.of("prepareStatement", "createStatement", "prepareCall");
    private static final AtomicLong COUNT = new AtomicLong();

    public static long count() {
        return COUNT.get();
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                // The data source everything uses; the pools behind it are counted through it.
                return bean instanceof DataSource dataSource && beanName.equals("dataSource")
                        ? proxy(DataSource.class, dataSource)
                        : bean;
            }
        };
    }

    private static <T> T proxy(Class<T> type, T target) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (STATEMENT_FACTORIES.contains(method.getName())) {
                COUNT.incrementAndGet();
            }
            var result = invoke(method, target, args);
            return result instanceof Connection connection && method.getName().equals("getConnection")
                    ? proxy(Connection.class, connection)
                    : result;
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
