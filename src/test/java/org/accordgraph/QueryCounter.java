package org.accordgraph;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Counts the Cypher queries the application sends through the Neo4j driver to answer requests, and
 * the transactions it begins: the driver bean is wrapped so that every {@code run} of a session or
 * a transaction, and every {@code beginTransaction} of a session, made on a thread that handles a
 * request (Tomcat's), is counted. What the service does on its own schedule meanwhile (the change
 * feed's poll while another test's subscriber is still connected) is not a request's.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCounter implements BeanPostProcessor {

	private final AtomicInteger queries = new AtomicInteger();

	private final AtomicInteger transactions = new AtomicInteger();

	/** The queries sent since the last reset. */
	public int count() {
		return this.queries.get();
	}

	/** The transactions begun since the last reset. */
	public int transactions() {
		return this.transactions.get();
	}

	public void reset() {
		this.queries.set(0);
		this.transactions.set(0);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return (bean instanceof Driver driver) ? wrap(driver, Driver.class) : bean;
	}

	private <T> T wrap(T target, Class<T> type) {
		InvocationHandler handler = (proxy, method, args) -> {
			boolean ofARequest = Thread.currentThread().getName().startsWith("http-nio-");
			if (ofARequest && method.getName().equals("run") && (target instanceof Session || target instanceof Transaction)) {
				this.queries.incrementAndGet();
			}
			if (ofARequest && method.getName().equals("beginTransaction") && target instanceof Session) {
				this.transactions.incrementAndGet();
			}
			Object result = invoke(target, method, args);
			if (result instanceof Transaction transaction && !(result instanceof Proxy)) {
				return wrap(transaction, Transaction.class);
			}
			if (result instanceof Session session && !(result instanceof Proxy)) {
				return wrap(session, Session.class);
			}
			return result;
		};
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler));
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
