package com.happinessscouter.quota;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import com.happinessscouter.audit.AuditAction;
import com.happinessscouter.audit.AuditEntry;
import com.happinessscouter.audit.AuditLog;
import com.happinessscouter.limits.GuestLimits;
import com.happinessscouter.limits.Usage;
import com.happinessscouter.quota.internal.QuotaTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * The throttle switch (AUTO follows the month's analysis budget) and the push guard, from
 * the state every instance shares in the table (each instance re-reads it at most every
 * {@code app.quota.refresh}).
 */
@Service
public class Throttle {

	private static final Logger log = LoggerFactory.getLogger(Throttle.class);

	private final QuotaTable table;

	private final GuestLimits limits;

	private final QuotaProperties properties;

	private final AuditLog audit;

	private final Clock clock;

	private volatile View view;

	/** The settings and figures as last read, and when. */
	private record View(ThrottleSettings settings, boolean pushLateResults, QuotaStatus status, Usage budget,
			YearMonth month, Instant readAt) {
	}

	Throttle(QuotaTable table, GuestLimits limits, QuotaProperties properties, AuditLog audit, Clock clock) {
		this.table = table;
		this.limits = limits;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** Whether guests' photos get the "busy" answer now, and why. */
	public ThrottleDecision decision() {
		View now = view();
		return ThrottleRule.decide(now.settings(), now.budget());
	}

	/** Whether a push may be sent: more than the reserve remains this month. */
	public boolean pushAllowed() {
		View now = view();
		return ThrottleRule.pushAllowed(now.status(), now.month(), this.properties.pushReserve());
	}

	/**
	 * Whether an admin chose to push results that missed their reply token (off by
	 * default: they wait for the guest's next message, free); a push still needs
	 * {@link #pushAllowed}.
	 */
	public boolean pushLateResults() {
		return view().pushLateResults();
	}

	/** Turns pushing late results on or off (audited). */
	public void changePushLateResults(boolean push, String who) {
		boolean from = pushLateResults();
		this.table.saveLatePush(push);
		this.audit.record(
				AuditEntry.change(who, AuditAction.LATE_PUSH_CHANGE, String.valueOf(from), String.valueOf(push), null));
		log.info("pushing late results changed by {}: {} -> {}", who, from, push);
		this.view = null;
	}

	/** LINE refused a push with "monthly limit reached": no more pushes this month. */
	public void monthlyLimitReached() {
		log.warn("LINE refused a push: monthly message limit reached");
		this.table.markExhausted(month());
		this.view = null;
	}

	public ThrottleSettings settings() {
		return view().settings();
	}

	public QuotaStatus status() {
		return view().status();
	}

	/**
	 * Changes the switch (audited); effective here at once, elsewhere within the refresh.
	 */
	public ThrottleSettings change(ThrottleMode mode, String who, String reason) {
		ThrottleSettings from = settings();
		ThrottleSettings to = new ThrottleSettings(mode, who, this.clock.instant(), reason);
		this.table.saveSettings(to);
		this.audit.record(AuditEntry.change(who, AuditAction.THROTTLE_CHANGE, describe(from), describe(to), reason));
		log.info("throttle changed by {}: {} -> {} ({})", who, from.mode(), to.mode(), reason);
		this.view = null;
		return to;
	}

	/** The switch's changes, newest first. */
	public List<AuditEntry> audit(int limit) {
		return this.audit.latest(limit, AuditAction.THROTTLE_CHANGE);
	}

	private static String describe(ThrottleSettings settings) {
		return (settings == null) ? "-" : settings.mode().name();
	}

	/** LINE's month now (Asia/Tokyo by default). */
	public YearMonth month() {
		return YearMonth.from(this.clock.instant().atZone(this.properties.zone()));
	}

	/** Forgets what was read, so the next question reads the table again. */
	public void refresh() {
		this.view = null;
	}

	private View view() {
		View current = this.view;
		Instant now = this.clock.instant();
		YearMonth month = month();
		if (current == null
				|| ThrottleRule.stale(current.month(), current.readAt(), month, now, this.properties.refresh())) {
			current = new View(this.table.settings().orElseGet(ThrottleSettings::defaults), this.table.latePush(),
					this.table.status(), this.limits.budget(), month, now);
			this.view = current;
		}
		return current;
	}

}
