package com.happinessscouter.conversation.internal;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.happinessscouter.leaderboard.GuestRanking;
import com.happinessscouter.leaderboard.Standing;
import com.happinessscouter.reply.BotTexts;
import com.happinessscouter.support.BotBundles;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.messaging.model.TextMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the bot says in the conversation, from the real bundles. */
class ConversationMessagesTest {

	private static final ObjectMapper MAPPER = ModelObjectMapper.createNewObjectMapper();

	private final ConversationMessages messages = new ConversationMessages(new BotTexts(BotBundles.messageSource()));

	@Test
	void everyTextIsWrittenInBothLanguages() {
		for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
			List<TextMessage> texts = List.of(this.messages.welcome(locale), this.messages.usage(locale),
					this.messages.hint(locale), this.messages.pleaseSendPhoto(locale), this.messages.deleteAsk(locale),
					this.messages.deleteCancelled(locale), this.messages.deleted(3, locale),
					this.messages.rankingVisibility(true, locale), this.messages.rankingVisibility(false, locale));
			assertThat(texts).extracting(TextMessage::text).allMatch((text) -> !text.isBlank()).doesNotHaveDuplicates();
		}
		assertThat(this.messages.welcome(Locale.JAPANESE).text()).contains("写真").doesNotContain("photo");
		assertThat(this.messages.welcome(Locale.ENGLISH).text()).contains("photo").doesNotContain("写真");
	}

	@Test
	void hintOffersPhotoAndHelpShortcuts() {
		JsonNode hint = json(this.messages.hint(Locale.JAPANESE));
		assertThat(hint.at("/quickReply/items")).extracting((item) -> item.at("/action/type").asText())
			.containsExactly("cameraRoll", "camera", "message");
		assertThat(hint.at("/quickReply/items/2/action/text").asText()).isEqualTo("使い方");
		assertThat(json(this.messages.hint(Locale.ENGLISH)).at("/quickReply/items/2/action/text").asText())
			.isEqualTo("help");
	}

	@Test
	void deleteAskOffersYesAndNoThatTheCommandTableKnows() {
		JsonNode ask = json(this.messages.deleteAsk(Locale.ENGLISH));
		assertThat(ask.at("/quickReply/items")).extracting((item) -> item.at("/action/text").asText())
			.containsExactly("yes, delete my data", "keep my data");
	}

	@Test
	void rankingListsTheTopAndTheGuestsOwnPlace() {
		Standing first = new Standing(1, "U1", "Aki", 600_000, "m1", null, null);
		Standing own = new Standing(4, "U4", "Ben", 120_000, "m4", null, null);
		String text = this.messages.ranking(new GuestRanking("Reception", List.of(first), own), Locale.ENGLISH).text();
		assertThat(text).contains("Reception").contains("Aki").contains("600,000").contains("120,000");
		assertThat(this.messages.ranking(new GuestRanking(null, List.of(), null), Locale.JAPANESE).text()).isNotBlank();
	}

	private static JsonNode json(TextMessage message) {
		return MAPPER.valueToTree(message);
	}

}
