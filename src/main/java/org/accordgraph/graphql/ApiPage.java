package org.accordgraph.graphql;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller that serves the API's answers in another form (a page, a PDF, a file, a feed):
 * its bad requests are answered as the GraphQL endpoint answers them ({@link ApiPageErrors}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ApiPage {

}
