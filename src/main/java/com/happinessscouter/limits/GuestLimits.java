package com.happinessscouter.limits;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.happinessscouter.audit.AuditAction;
import com.happinessscouter.audit.AuditEntry;
import com.happinessscouter.audit.AuditLog;
import com.happinessscouter.aws.KeySpace;
import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.limits.internal.LimitsTable;
import com.happinessscouter.limits.internal.LimitsTable.Counted;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.stereotype.Service;

import static com.happinessscouter.aws.Items.n;
import static com.happinessscouter.aws.Items.num;

/**
 * Admits or refuses a guest's photo against the limits, before anything of it is stored:
 * the guest's quota in the event the photo belongs to, the guest's photos in its minute,
 * and the month's analysis budget, in that order. A refused photo gives back what the
 * earlier checks counted.
 */
@Service
public class GuestLimits {

	private static final String PHOTOS = "photos";

	private final LimitsTable table;

	private final LimitSettingsStore settings;

	private final Events events;

	private final AuditLog audit;

	private final LimitsProperties properties;

	private final Clock clock;

	GuestLimits(LimitsTable table, LimitSettingsStore settings, Events events, AuditLog audit,
			LimitsProperties properties, Clock clock) {
		this.table = table;
		this.settings = settings;
		this.events = events;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Counts photo {@code photoId} of {@code userId}, sent at {@code sentAt}, against
	 * every limit, or refuses it; the same photo again (redelivered, resumed) is admitted
	 * without counting twice.
	 * @return why it is refused, or empty when it may be taken in
	 */
	public Optional<Refusal> admit(String userId, String photoId, Instant sentAt) {
		LimitSettings limits = this.settings.current();
		List<Runnable> undo = new ArrayList<>();
		Optional<Refusal> refusal = eventQuota(userId, photoId, sentAt, limits, undo)
			.or(() -> rate(userId, photoId, sentAt, limits, undo))
			.or(() -> budget(photoId, limits, undo));
		if (refusal.isPresent()) {
			undo.forEach(Runnable::run);
		}
		return refusal;
	}

	private Optional<Refusal> eventQuota(String userId, String photoId, Instant sentAt, LimitSettings limits,
			List<Runnable> undo) {
		Optional<WeddingEvent> event = this.events.openAt(sentAt);
		if (event.isEmpty()) {
			return Optional.empty();
		}
		long limit = LimitRule.perGuest(limits, override(userId).orElse(null));
		Map<String, AttributeValue> key = KeySpace.EVENT_PHOTOS.keyWithSort(userId, event.get().id());
		return counted(key, photoId, limit, null, undo) ? Optional.empty()
				: Optional.of(new Refusal(Refusal.Kind.EVENT_QUOTA, limit, 0));
	}

	private Optional<Refusal> rate(String userId, String photoId, Instant sentAt, LimitSettings limits,
			List<Runnable> undo) {
		if (limits.photosPerMinute() == 0) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Map<String, AttributeValue> key = KeySpace.GUEST_RATE.keyWithSort(String.valueOf(LimitRule.minute(sentAt)),
				userId);
		return counted(key, photoId, limits.photosPerMinute(), LimitsTable.dayAfter(now), undo) ? Optional.empty()
				: Optional
					.of(new Refusal(Refusal.Kind.RATE, limits.photosPerMinute(), LimitRule.waitSeconds(sentAt, now)));
	}

	private Optional<Refusal> budget(String photoId, LimitSettings limits, List<Runnable> undo) {
		Map<String, AttributeValue> key = budgetKey(month());
		if (limits.analysisBudget() == 0) {
			// no budget: a figure only, without the ids (a redelivery may count twice)
			this.table.add(key);
			return Optional.empty();
		}
		return counted(key, photoId, limits.analysisBudget(), null, undo) ? Optional.empty()
				: Optional.of(new Refusal(Refusal.Kind.BUDGET, limits.analysisBudget(), 0));
	}

	private boolean counted(Map<String, AttributeValue> key, String id, long limit, Long expiresAt,
			List<Runnable> undo) {
		Counted counted = this.table.count(key, id, limit, expiresAt);
		if (counted == Counted.COUNTED) {
			undo.add(() -> this.table.release(key, id));
		}
		return LimitRule.admitted(counted);
	}

	/** This month's photos taken in for analysis, against the budget. */
	public Usage budget() {
		return new Usage(this.table.used(budgetKey(month())), this.settings.current().analysisBudget());
	}

	/** The budget's month now. */
	public YearMonth month() {
		return LimitRule.month(this.clock.instant(), this.properties.zone());
	}

	private static Map<String, AttributeValue> budgetKey(YearMonth month) {
		return KeySpace.ANALYSIS_BUDGET.keyWithSort(month.toString());
	}

	public LimitSettings settings() {
		return this.settings.current();
	}

	/**
	 * Changes the limits (audited); effective here at once, elsewhere within the refresh.
	 */
	public LimitSettings change(int photosPerGuest, int photosPerMinute, long analysisBudget, String who) {
		LimitSettings from = this.settings.current();
		LimitSettings to = new LimitSettings(photosPerGuest, photosPerMinute, analysisBudget, who,
				this.clock.instant());
		this.settings.save(to);
		this.audit.record(AuditEntry.change(who, AuditAction.LIMITS_CHANGE, from.toString(), to.toString(), ""));
		return to;
	}

	/** A guest's own photo quota per event, if an admin set one. */
	public Optional<Integer> override(String userId) {
		return this.table.get(KeySpace.GUEST_LIMIT.keyWithSort(userId)).map((item) -> (int) num(item, PHOTOS));
	}

	/** Sets a guest's own quota, or back to the default with {@code null} (audited). */
	public void override(String userId, Integer photos, String who) {
		String from = override(userId).map(String::valueOf).orElse("-");
		Map<String, AttributeValue> key = KeySpace.GUEST_LIMIT.keyWithSort(userId);
		if (photos == null) {
			this.table.delete(key);
		}
		else {
			this.table.put(key, Map.of(PHOTOS, n(Math.max(0, photos))));
		}
		this.audit.record(new AuditEntry(null, null, who, AuditAction.GUEST_LIMIT_CHANGE, userId, from,
				(photos != null) ? String.valueOf(photos) : "-", "", AuditEntry.Outcome.DONE));
	}

	/** A guest's photos in the event open now against their quota; empty when none is. */
	public Optional<Usage> usage(String userId) {
		return this.events.openAt(this.clock.instant())
			.map((event) -> new Usage(this.table.used(KeySpace.EVENT_PHOTOS.keyWithSort(userId, event.id())),
					LimitRule.perGuest(settings(), override(userId).orElse(null))));
	}

	/** Every guest's photos in the event open now against their quota, by user id. */
	public Map<String, Usage> usageInOpenEvent() {
		Optional<WeddingEvent> event = this.events.openAt(this.clock.instant());
		if (event.isEmpty()) {
			return Map.of();
		}
		LimitSettings limits = settings();
		Map<String, Long> overrides = this.table.numbers(KeySpace.GUEST_LIMIT.pk(), PHOTOS);
		Map<String, Usage> usage = new HashMap<>();
		this.table.numbers(KeySpace.EVENT_PHOTOS.pk(event.get().id()), "n")
			.forEach((userId, used) -> usage.put(userId,
					new Usage(used, overrides.getOrDefault(userId, (long) limits.photosPerGuest()))));
		return usage;
	}

	/**
	 * Deletes what the limits keep about a guest (their own quota, their counts in every
	 * event and minute): a guest who deleted their data starts afresh.
	 */
	public void forgetGuest(String userId) {
		this.table.delete(KeySpace.GUEST_LIMIT.keyWithSort(userId));
		this.events.all().forEach((event) -> this.table.delete(KeySpace.EVENT_PHOTOS.keyWithSort(userId, event.id())));
		this.table.numbers(KeySpace.GUEST_RATE.pk(userId), "n")
			.keySet()
			.forEach((minute) -> this.table.delete(KeySpace.GUEST_RATE.keyWithSort(minute, userId)));
	}

	/** The limits' changes, newest first. */
	public List<AuditEntry> audit(int limit) {
		return this.audit.latest(limit, AuditAction.LIMITS_CHANGE, AuditAction.GUEST_LIMIT_CHANGE);
	}

}
