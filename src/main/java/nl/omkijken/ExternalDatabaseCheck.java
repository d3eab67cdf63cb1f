package nl.omkijken;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Only with an external database (SPRING_DATASOURCE_URL). Tries one connection to the external database before any bean is made, so that an unreachable database
 * ends the start with one clear line naming the URL instead of a pool and migration stack trace.
 */
@Component
@ConditionalOnExpression("!'${spring.datasource.url:}'.isEmpty()")
class ExternalDatabaseCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    private static final int TIMEOUT_SECONDS = 10;

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        var url = environment.getProperty("spring.datasource.url");
        DriverManager.setLoginTimeout(TIMEOUT_SECONDS);
        try (var ignored = DriverManager.getConnection(
                url,
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"))) {
            // reachable
        } catch (SQLException e) {
            throw new DatabaseUnreachableException(url, e);
        }
    }
}
