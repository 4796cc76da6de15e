package com.happinessscouter.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.guests.Guests;
import com.happinessscouter.simulator.ChatEntry;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import com.happinessscouter.support.TestEvents;
import com.happinessscouter.tables.TableStanding;
import com.happinessscouter.tables.Tables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Table teams over the signed webhook and the fake LINE API: a guest joins a table by
 * number or name (full-width digits, no space), moves, asks for the list, names an
 * unknown table, meets an event without tables; a deleted guest's seat is gone; the
 * tables are ranked by their scored guests' mean best power.
 */
class TableTeamsIT extends ScouterIT {

	@Autowired
	Events events;

	@Autowired
	Tables tables;

	@Autowired
	Guests guests;

	private WeddingEvent event;

	@AfterEach
	void closeEvent() {
		TestEvents.close(this.events, this.event);
	}

	@Test
	void guestJoinsByNumberMovesByNameAndIsToldEachTime() {
		open(List.of("1", "花", "Rose"));
		SimulatedGuest ja = guest("ja");
		assertThat(say(ja, "テーブル１", 1).path("text").asText()).contains("テーブル「1」に参加しました");
		assertThat(say(ja, "テーブル花", 2).path("text").asText()).contains("「1」から「花」に移りました");
		assertThat(say(ja, "テーブル 2", 3).path("text").asText()).contains("もうテーブル「花」のメンバーです");
		assertThat(this.tables.tablesOf(this.event, List.of(ja.userId()))).containsEntry(ja.userId(), "花");

		SimulatedGuest en = guest("en");
		assertThat(say(en, "table rose", 1).path("text").asText()).contains("You joined table Rose");
		assertThat(this.tables.tablesOf(this.event, List.of(ja.userId(), en.userId()))).hasSize(2)
			.containsEntry(en.userId(), "Rose");
	}

	@Test
	void unknownTableOrTheWordAlone_listsTheTablesAsQuickReplies() {
		open(List.of("花", "鳥", "風", "月"));
		SimulatedGuest guest = guest("en");
		JsonNode unknown = say(guest, "table 9", 1);
		assertThat(unknown.path("text").asText()).contains("There is no table “9”").contains("花, 鳥, 風, 月");
		assertThat(unknown.path("quickReply").path("items")).hasSize(4);
		JsonNode first = unknown.path("quickReply").path("items").get(0).path("action");
		assertThat(first.path("label").asText()).isEqualTo("Table 花");
		assertThat(GuestCommand.of(first.path("text").asText())).contains(GuestCommand.TABLE);

		JsonNode list = say(guest, "テーブル", 2);
		assertThat(list.path("text").asText()).contains("Which table are you at?");
		assertThat(list.path("quickReply").path("items")).hasSize(4);
		assertThat(this.tables.tablesOf(this.event, List.of(guest.userId()))).isEmpty();
	}

	@Test
	void manyTables_offerAtMostThirteenButtons() {
		open(java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(Integer::toString).toList());
		JsonNode list = say(guest("ja"), "テーブル", 1);
		assertThat(list.path("quickReply").path("items")).hasSize(13);
		assertThat(list.path("text").asText()).contains("20");
	}

	@Test
	void eventWithoutTables_saysSo() {
		open(List.of());
		assertThat(say(guest("ja"), "テーブル 1", 1).path("text").asText()).contains("テーブル対抗はありません");
	}

	@Test
	void deletedGuestsSeatIsGone() {
		open(List.of("1", "2"));
		SimulatedGuest guest = guest("en");
		say(guest, "table 2", 1);
		assertThat(this.tables.tablesOf(this.event, List.of(guest.userId()))).containsEntry(guest.userId(), "2");
		this.guests.deleteAll("admin", guest.userId());
		assertThat(this.tables.tablesOf(this.event, List.of(guest.userId()))).isEmpty();
	}

	@Test
	void tablesAreRankedByTheMeanOfTheirScoredGuests_withEnoughOfThem() {
		open(List.of("1", "2", "3"));
		Map<String, Long> best = new java.util.HashMap<>();
		seat(best, "1", 100, 200, 300);
		seat(best, "2", 500, 400, 300, 800);
		seat(best, "3", 900, 900);
		SimulatedGuest unscored = guest("en");
		say(unscored, "table 1", 1);

		List<TableStanding> ranking = this.tables.ranking(this.event, () -> best);

		assertThat(ranking).extracting(TableStanding::name).containsExactly("2", "1");
		assertThat(ranking.get(0)).isEqualTo(new TableStanding(1, 2, "2", 500, 4));
		assertThat(ranking.get(1)).isEqualTo(new TableStanding(2, 1, "1", 200, 3));
	}

	/** Guests with these best powers join the table (by text, as guests do). */
	private void seat(Map<String, Long> best, String table, long... powers) {
		for (long power : powers) {
			SimulatedGuest guest = guest("en");
			say(guest, "table " + table, 1);
			best.put(guest.userId(), power);
		}
	}

	private void open(List<String> names) {
		Instant now = Instant.now();
		this.event = this.events.save(new WeddingEvent(null, "Table teams", "Aoi & Ren",
				now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(2)), true, false, null, null, names),
				"test");
	}

	/** The guest sends {@code text}; the bot's {@code nth} message to them (1 first). */
	private JsonNode say(SimulatedGuest guest, String text, int nth) {
		send(SignedWebhook.body(SignedWebhook.event("text", Map.of("userId", guest.userId(), "text", text))));
		List<ChatEntry> messages = awaitBotMessages(guest.userId(), nth);
		return messages.get(nth - 1).message();
	}

}
