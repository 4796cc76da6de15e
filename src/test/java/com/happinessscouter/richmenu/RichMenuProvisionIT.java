package com.happinessscouter.richmenu;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.happinessscouter.audit.AuditAction;
import com.happinessscouter.audit.AuditEntry;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.simulator.SimulatorRichMenus;
import com.happinessscouter.simulator.SimulatorRichMenus.Call;
import com.happinessscouter.simulator.SimulatorRichMenus.Menu;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The rich menus made against the fake LINE API, through the SDK: what the bot calls,
 * what LINE then has, and which menu a guest sees.
 */
class RichMenuProvisionIT extends ScouterIT {

	@Autowired
	private RichMenus richMenus;

	@Autowired
	private SimulatorRichMenus line;

	@Test
	void start_ofALocalRun_madeTheMenusOnce() {
		assertThat(this.line.defaultId()).isPresent();
		assertThat(this.richMenus.ensure("it")).as("nothing to do when the menus exist").isEmpty();
	}

	@Test
	void replace_makesBothMenusWithImages_andTheJapaneseOneTheDefault() {
		RichMenus.Provisioned made = this.richMenus.replace("it-admin");

		Menu japanese = this.line.menu(made.japanese()).orElseThrow();
		Menu english = this.line.menu(made.english()).orElseThrow();
		assertThat(this.line.defaultId()).contains(made.japanese());
		assertThat(japanese.image()).isNotNull();
		assertThat(english.image()).isNotNull();
		assertThat(texts(japanese)).containsExactly("結果を見る", "ランキング", "使い方", "大画面に出ない", "アルバム", "テーブル");
		assertThat(texts(english)).containsExactly("see results", "ranking", "help", "hide me", "album", "table");
		assertThat(japanese.request().path("chatBarText").asText()).isEqualTo("メニュー");
		assertThat(english.request().path("chatBarText").asText()).isEqualTo("Menu");
		assertThat(this.richMenus.audit(5)).anyMatch((entry) -> entry.action() == AuditAction.RICH_MENU_CREATE
				&& entry.who().equals("it-admin") && entry.outcome() == AuditEntry.Outcome.DONE);
	}

	@Test
	void replace_runAgain_deletesThePreviousMenus_andLeavesNoPileUp() {
		RichMenus.Provisioned first = this.richMenus.replace("it");
		int callsBefore = this.line.calls().size();

		RichMenus.Provisioned second = this.richMenus.replace("it");

		assertThat(second.deleted()).contains(first.japanese(), first.english());
		assertThat(this.line.menus()).extracting(Menu::id).containsExactly(second.japanese(), second.english());
		assertThat(this.line.defaultId()).contains(second.japanese());
		List<Call> calls = this.line.calls().subList(callsBefore, this.line.calls().size());
		assertThat(calls).extracting(Call::what)
			.containsExactly("list", "create", "image", "create", "image", "default", "delete", "delete");
		assertThat(calls.get(5).menuId()).as("the new default is set before the old menus go")
			.isEqualTo(second.japanese());
	}

	@Test
	void englishSpeakingGuest_getsTheEnglishMenu_whenFollowing_andOthersTheDefault() {
		RichMenus.Provisioned made = this.richMenus.replace("it");
		SimulatedGuest english = guest("en");
		SimulatedGuest japanese = guest("ja");

		follow(english);
		follow(japanese);

		await().atMost(PATIENCE)
			.until(() -> this.line.shownTo(english.userId()).map(Menu::id),
					(id) -> id.equals(Optional.of(made.english())));
		awaitBotMessages(japanese.userId(), 1);
		assertThat(this.line.shownTo(japanese.userId())).map(Menu::id).contains(made.japanese());
		assertThat(this.line.calls()).noneMatch((call) -> japanese.userId().equals(call.userId()));
	}

	private void follow(SimulatedGuest guest) {
		send(SignedWebhook.body(SignedWebhook.event("follow", Map.of("userId", guest.userId()))));
	}

	private static List<String> texts(Menu menu) {
		return java.util.stream.StreamSupport.stream(menu.areas().spliterator(), false)
			.map((area) -> area.path("action"))
			.peek((action) -> assertThat(action.path("type").asText()).isEqualTo("message"))
			.map((JsonNode action) -> action.path("text").asText())
			.toList();
	}

}
