package org.accordgraph.benchmark;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * The statements the service sends to Neo4j while a call runs: its driver is wrapped so that every
 * {@code run}, on a session, a transaction or a managed transaction's context, is noted with its
 * parameters. Nothing is recorded outside {@link #during}.
 */
final class StatementRecorder implements BeanPostProcessor {

	private static final Set<String> MANAGED = Set.of("executeRead", "executeWrite", "readTransaction",
			"writeTransaction");

	private final List<Query> recorded = Collections.synchronizedList(new ArrayList<>());

	private volatile boolean armed;

	/** The statements sent while the call ran, in the order they were sent. */
	List<Query> during(Callable<?> call) throws Exception {
		this.recorded.clear();
		this.armed = true;
		try {
			call.call();
		}
		finally {
			this.armed = false;
		}
		return List.copyOf(this.recorded);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return (bean instanceof Driver driver) ? wrap(driver, Driver.class) : bean;
	}

	@SuppressWarnings("unchecked")
	private <T> T wrap(T target, Class<T> type) {
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
				(proxy, method, args) -> wrapResult(method, invoke(target, method, recorded(method, args))));
	}

	private Object[] recorded(Method method, Object[] args) {
		if (args == null || args.length == 0) {
			return args;
		}
		if (method.getName().equals("run") && this.armed) {
			this.recorded.add(query(args));
		}
		if (MANAGED.contains(method.getName()) && args[0] instanceof TransactionCallback<?> callback) {
			Object[] wrapped = args.clone();
			wrapped[0] = (TransactionCallback<Object>) context -> callback.execute(wrap(context, TransactionContext.class));
			return wrapped;
		}
		return args;
	}

	private Object wrapResult(Method method, Object result) {
		if (result instanceof Session session && method.getReturnType().isAssignableFrom(Session.class)) {
			return wrap(session, Session.class);
		}
		if (result instanceof Transaction transaction) {
			return wrap(transaction, Transaction.class);
		}
		return result;
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	@SuppressWarnings("unchecked")
	private static Query query(Object[] args) {
		if (args[0] instanceof Query query) {
			return query;
		}
		String text = (String) args[0];
		Object parameters = (args.length > 1) ? args[1] : null;
		if (parameters instanceof Map<?, ?> map) {
			return new Query(text, (Map<String, Object>) map);
		}
		if (parameters instanceof Value value) {
			return new Query(text, value);
		}
		if (parameters instanceof Record record) {
			return new Query(text, record.asMap());
		}
		return new Query(text);
	}

}
