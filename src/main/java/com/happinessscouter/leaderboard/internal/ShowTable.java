package com.happinessscouter.leaderboard.internal;

import java.time.Instant;
import java.util.Map;

import com.happinessscouter.aws.Items;
import com.happinessscouter.aws.KeySpace;
import com.happinessscouter.aws.SingleTable;
import com.happinessscouter.leaderboard.Reveal;
import com.happinessscouter.leaderboard.ShowMode;
import com.happinessscouter.leaderboard.ShowState;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import org.springframework.stereotype.Component;

/**
 * The show of an event in the one table: {@code BOARDSHOW#event} / {@code STATE} with the
 * mode and the reveal (its countdown, pacing, start and the host's presses). Every
 * instance reads it with each refresh of an open screen, so a host's switch reaches every
 * screen.
 */
@Component
public class ShowTable {

	private final DynamoDbClient db;

	private final String table;

	ShowTable(SingleTable single) {
		this.db = single.client();
		this.table = single.name();
	}

	/** The state, with {@code mode} where no host has switched it. */
	public ShowState read(String eventId, ShowMode mode) {
		Map<String, AttributeValue> item = this.db
			.getItem((get) -> get.tableName(this.table).key(KeySpace.BOARD_SHOW.key(eventId)).consistentRead(true))
			.item();
		String stored = Items.text(item, "mode");
		ShowMode shown = stored.isEmpty() ? mode : ShowMode.valueOf(stored);
		Long revealFor = Items.optionalNum(item, "revealFor");
		Reveal reveal = (revealFor == null) ? null
				: new Reveal(Instant.ofEpochMilli(revealFor), Items.flag(item, "revealTimed"),
						Instant.ofEpochMilli(Items.num(item, "revealStartedAt")),
						(int) Items.num(item, "revealPresses"));
		return new ShowState(shown, reveal);
	}

	public void mode(String eventId, ShowMode mode) {
		update(eventId, "SET #mode = :mode", Map.of(":mode", Items.s(mode.name())), "#mode", "mode");
	}

	public void startReveal(String eventId, Reveal reveal) {
		update(eventId, "SET revealFor = :for, revealTimed = :timed, revealStartedAt = :at, revealPresses = :zero",
				Map.of(":for", Items.n(reveal.countdownEndsAt().toEpochMilli()), ":timed", Items.bool(reveal.timed()),
						":at", Items.n(reveal.startedAt().toEpochMilli()), ":zero", Items.n(0)),
				null, null);
	}

	/**
	 * One more place, unless all {@code places} are out or the reveal is gone (a double
	 * click on two screens reveals one place each, never past the winner).
	 */
	public void press(String eventId, int places) {
		try {
			this.db.updateItem((update) -> update.tableName(this.table)
				.key(KeySpace.BOARD_SHOW.key(eventId))
				.updateExpression("SET revealPresses = revealPresses + :one")
				.conditionExpression("attribute_exists(revealFor) AND revealPresses < :places")
				.expressionAttributeValues(Map.of(":one", Items.n(1), ":places", Items.n(places))));
		}
		catch (ConditionalCheckFailedException done) {
			// every place is out already, or no reveal runs
		}
	}

	public void endReveal(String eventId) {
		this.db.updateItem((update) -> update.tableName(this.table)
			.key(KeySpace.BOARD_SHOW.key(eventId))
			.updateExpression("REMOVE revealFor, revealTimed, revealStartedAt, revealPresses"));
	}

	private void update(String eventId, String expression, Map<String, AttributeValue> values, String name,
			String attribute) {
		this.db.updateItem((update) -> {
			update.tableName(this.table)
				.key(KeySpace.BOARD_SHOW.key(eventId))
				.updateExpression(expression)
				.expressionAttributeValues(values);
			if (name != null) {
				update.expressionAttributeNames(Map.of(name, attribute));
			}
		});
	}

}
