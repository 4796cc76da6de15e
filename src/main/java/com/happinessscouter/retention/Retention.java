package com.happinessscouter.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.happinessscouter.audit.AuditAction;
import com.happinessscouter.audit.AuditEntry;
import com.happinessscouter.audit.AuditLog;
import com.happinessscouter.aws.BucketLifecycle;
import com.happinessscouter.aws.LifecycleRule;
import com.happinessscouter.aws.PhotoBucket;
import com.happinessscouter.retention.internal.RetentionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * The retention settings and the photo bucket's lifecycle rule that carries them out.
 */
@Service
public class Retention {

	/** Id of the app's lifecycle rule on the photo prefix. */
	public static final String RULE_ID = LifecycleRule.OUR_PREFIX + "photos";

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	private final RetentionStore store;

	private final BucketLifecycle lifecycle;

	private final RetentionProperties properties;

	private final AuditLog audit;

	private final Clock clock;

	/** Other instances' changes are picked up within this. */
	private static final Duration REFRESH = Duration.ofSeconds(30);

	private volatile RetentionSettings cached;

	private volatile Instant cachedAt = Instant.MIN;

	Retention(RetentionStore store, BucketLifecycle lifecycle, RetentionProperties properties, AuditLog audit,
			Clock clock) {
		this.audit = audit;
		this.store = store;
		this.lifecycle = lifecycle;
		this.properties = properties;
		this.clock = clock;
	}

	/** The settings in force (the defaults until an admin sets some). */
	public RetentionSettings settings() {
		RetentionSettings settings = this.cached;
		Instant now = this.clock.instant();
		if (settings == null || this.cachedAt.plus(REFRESH).isBefore(now)) {
			settings = this.store.settings()
				.orElseGet(() -> new RetentionSettings(this.properties.photoDays(), null, null, 7, null, null));
			this.cached = settings;
			this.cachedAt = now;
		}
		return settings;
	}

	/** How long a photo arriving now is kept. */
	public Duration photoRetention() {
		return Duration.ofDays(settings().photoDays());
	}

	/**
	 * Validates, stores (audited) and applies the settings to the bucket.
	 * @return the problems (message keys) when nothing was changed, else an empty list
	 */
	public List<String> change(int photoDays, Integer transitionDays, String storageClass, int abortMultipartDays,
			String who, String reason) {
		RetentionSettings to = new RetentionSettings(photoDays, transitionDays,
				(transitionDays != null) ? storageClass : null, abortMultipartDays, who, this.clock.instant());
		List<String> problems = to.problems();
		if (!problems.isEmpty()) {
			return problems;
		}
		RetentionSettings from = settings();
		this.lifecycle.apply(List.of(rule(to)));
		this.store.save(to);
		this.audit
			.record(AuditEntry.change(who, AuditAction.RETENTION_CHANGE, String.valueOf(from), to.toString(), reason));
		this.cached = to;
		this.cachedAt = this.clock.instant();
		log.info("retention changed by {}: {} -> {}", who, from, to);
		return List.of();
	}

	/** Puts the current settings on the bucket (provisioning); says what it did. */
	public String applyToBucket() {
		LifecycleRule wanted = rule(settings());
		if (bucketRules().contains(wanted)) {
			return "bucket lifecycle: rule " + RULE_ID + " up to date, unchanged";
		}
		this.lifecycle.apply(List.of(wanted));
		return "bucket lifecycle: rule " + RULE_ID + " set (" + settings() + ")";
	}

	/** What the bucket really has, the operator's rules included. */
	public List<LifecycleRule> bucketRules() {
		return this.lifecycle.read();
	}

	/**
	 * Whether the bucket's rule differs from the settings (someone changed it by hand).
	 */
	public boolean drift(List<LifecycleRule> bucketRules) {
		return !bucketRules.contains(rule(settings()));
	}

	/** The retention's changes, newest first. */
	public List<AuditEntry> audit(int limit) {
		return this.audit.latest(limit, AuditAction.RETENTION_CHANGE);
	}

	static LifecycleRule rule(RetentionSettings settings) {
		return new LifecycleRule(RULE_ID, PhotoBucket.PHOTO_PREFIX, true, settings.photoDays(),
				settings.transitionDays(), settings.storageClass(), settings.abortMultipartDays(), true);
	}

}
