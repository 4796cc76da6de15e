package com.happinessscouter.limits;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.happinessscouter.aws.KeySpace;
import com.happinessscouter.limits.internal.LimitsTable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.stereotype.Component;

import static com.happinessscouter.aws.Items.n;
import static com.happinessscouter.aws.Items.num;
import static com.happinessscouter.aws.Items.s;
import static com.happinessscouter.aws.Items.text;

/**
 * The limits' settings item, as every instance shares it (each re-reads it at most every
 * {@code app.limits.refresh}); the defaults until an admin sets them.
 */
@Component
class LimitSettingsStore {

	private final LimitsTable table;

	private final LimitsProperties properties;

	private final Clock clock;

	private volatile Read read;

	private record Read(LimitSettings settings, Instant at) {
	}

	LimitSettingsStore(LimitsTable table, LimitsProperties properties, Clock clock) {
		this.table = table;
		this.properties = properties;
		this.clock = clock;
	}

	LimitSettings current() {
		Read last = this.read;
		Instant now = this.clock.instant();
		if (last == null || LimitRule.stale(last.at(), now, this.properties.refresh())) {
			last = new Read(this.table.get(KeySpace.LIMIT_SETTINGS.key())
				.map(LimitSettingsStore::settings)
				.orElseGet(() -> LimitSettings.defaults(this.properties)), now);
			this.read = last;
		}
		return last.settings();
	}

	void save(LimitSettings settings) {
		Map<String, AttributeValue> item = new HashMap<>();
		item.put("photosPerGuest", n(settings.photosPerGuest()));
		item.put("photosPerMinute", n(settings.photosPerMinute()));
		item.put("analysisBudget", n(settings.analysisBudget()));
		item.put("changedBy", s(settings.changedBy()));
		item.put("changedAt", n(settings.changedAt().toEpochMilli()));
		this.table.put(KeySpace.LIMIT_SETTINGS.key(), item);
		this.read = null;
	}

	private static LimitSettings settings(Map<String, AttributeValue> item) {
		return new LimitSettings((int) num(item, "photosPerGuest"), (int) num(item, "photosPerMinute"),
				num(item, "analysisBudget"), text(item, "changedBy"),
				item.containsKey("changedAt") ? Instant.ofEpochMilli(num(item, "changedAt")) : null);
	}

}
