package com.happinessscouter.operations;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.search.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Alarm rules over the app's own metrics, evaluated every {@code app.alarms.interval}:
 * 5xx answers, failed analyses, LINE pushes left, DynamoDB throttling, events waiting in
 * memory, heap in use. A rule that starts or stops firing is logged (WARN / INFO), and
 * {@code app.alarms.firing} counts the firing ones (for an external alarm too). The same
 * rules exist as CloudWatch alarms in {@code docker/cloudformation.yml}.
 */
@Service
public class Alarms {

	private static final Logger log = LoggerFactory.getLogger(Alarms.class);

	private record Rule(String name, ToDoubleFunction<MeterRegistry> measure, double threshold, boolean low) {

		boolean fires(double value) {
			return this.low ? value <= this.threshold : value >= this.threshold;
		}

	}

	private final MeterRegistry registry;

	private final Clock clock;

	private final List<Rule> rules;

	private final Map<String, Double> lastTotals = new ConcurrentHashMap<>();

	private final Map<String, Alarm> state = new ConcurrentHashMap<>();

	Alarms(MeterRegistry registry, AlarmProperties properties, Clock clock) {
		this.registry = registry;
		this.clock = clock;
		this.rules = List.of(
				new Rule("server-errors",
						(r) -> increase("server-errors", total(r.find("http.server.requests").tagKeys("status"), "5")),
						properties.serverErrors(), false),
				new Rule("analyzer-errors", (r) -> increase("analyzer-errors", analyzerFailures(r)),
						properties.analyzerErrors(), false),
				new Rule("quota-remaining", (r) -> gauge(r, "app.line.quota.remaining", Double.MAX_VALUE),
						properties.quotaRemaining(), true),
				new Rule("dynamodb-throttles",
						(r) -> increase("dynamodb-throttles",
								total(r.find("app.aws.calls").tag("service", "DynamoDb").tag("outcome", "throttled"),
										null)),
						properties.dynamodbThrottles(), false),
				new Rule("queue-depth", (r) -> gauge(r, "app.work.queue.depth", 0), properties.queueDepth(), false),
				new Rule("heap-used-percent", Alarms::heapPercent, properties.heapUsedPercent(), false));
		Gauge.builder("app.alarms.firing", this, (alarms) -> alarms.firing().size())
			.description("Alarm rules firing now")
			.register(registry);
	}

	@Scheduled(fixedDelayString = "${app.alarms.interval}", initialDelayString = "${app.alarms.interval}")
	public void evaluate() {
		Instant now = this.clock.instant();
		for (Rule rule : this.rules) {
			double value = rule.measure().applyAsDouble(this.registry);
			boolean firing = rule.fires(value);
			Alarm before = this.state.get(rule.name());
			boolean changed = before == null || before.firing() != firing;
			this.state.put(rule.name(),
					new Alarm(rule.name(), value, rule.threshold(), firing, changed ? now : before.since()));
			if (changed && firing) {
				log.warn("ALARM {}: {} (threshold {})", rule.name(), value, rule.threshold());
			}
			else if (changed && before != null) {
				log.info("alarm {} resolved: {} (threshold {})", rule.name(), value, rule.threshold());
			}
		}
	}

	/** Every rule as last evaluated, in a fixed order. */
	public List<Alarm> all() {
		List<Alarm> all = new ArrayList<>();
		for (Rule rule : this.rules) {
			all.add(this.state.getOrDefault(rule.name(), new Alarm(rule.name(), 0, rule.threshold(), false, null)));
		}
		return all;
	}

	public List<Alarm> firing() {
		return all().stream().filter(Alarm::firing).toList();
	}

	/** How much a running total grew since the last evaluation. */
	private double increase(String name, double total) {
		Double last = this.lastTotals.put(name, total);
		return (last == null) ? 0 : Math.max(0, total - last);
	}

	/**
	 * Counts of the timers and counters found, optionally only those whose status starts
	 * so.
	 */
	private static double total(Search search, String statusPrefix) {
		double sum = 0;
		for (Timer timer : search.timers()) {
			String status = timer.getId().getTag("status");
			if (statusPrefix == null || (status != null && status.startsWith(statusPrefix))) {
				sum += timer.count();
			}
		}
		for (Counter counter : search.counters()) {
			sum += counter.count();
		}
		return sum;
	}

	private static double analyzerFailures(MeterRegistry registry) {
		Map<String, Double> byResult = new HashMap<>();
		registry.find("app.analyzer.results")
			.counters()
			.forEach((counter) -> byResult.merge(counter.getId().getTag("result"), counter.count(), Double::sum));
		byResult.remove("faces");
		byResult.remove("no_face");
		return byResult.values().stream().mapToDouble(Double::doubleValue).sum();
	}

	private static double gauge(MeterRegistry registry, String name, double otherwise) {
		Gauge gauge = registry.find(name).gauge();
		return (gauge != null && !Double.isNaN(gauge.value())) ? gauge.value() : otherwise;
	}

	/**
	 * Old-generation data alive after the last collection, in percent of what it may
	 * reach: garbage not yet collected does not count (it would make the rule fire on
	 * every busy minute).
	 */
	private static double heapPercent(MeterRegistry registry) {
		double live = gauge(registry, "jvm.gc.live.data.size", Double.NaN);
		double max = gauge(registry, "jvm.gc.max.data.size", Double.NaN);
		if (Double.isNaN(live) || Double.isNaN(max) || max <= 0) {
			Runtime runtime = Runtime.getRuntime();
			return 100.0 * (runtime.totalMemory() - runtime.freeMemory()) / runtime.maxMemory();
		}
		return 100.0 * live / max;
	}

}
