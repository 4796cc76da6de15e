package com.happinessscouter.reply.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.happinessscouter.limits.Refusal;
import com.happinessscouter.scoring.FailureReason;
import com.linecorp.bot.messaging.model.TextMessage;
import org.junit.jupiter.api.Test;

import static com.happinessscouter.reply.internal.ScoreMessagesTest.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The text replies of {@link ScoreMessages} and its language rule. */
class ScoreMessagesTextTest {

	private final ScoreMessages messages = new ScoreMessages(ScoreMessagesTest.botMessageSource());

	@Test
	void everyTextIsWrittenInBothLanguages() {
		for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
			List<TextMessage> texts = new ArrayList<>(List.of(this.messages.noFace(locale),
					this.messages.notAnImage(locale), this.messages.tooLarge(locale), this.messages.busy(locale)));
			for (FailureReason reason : FailureReason.values()) {
				texts.add(this.messages.failure(reason, locale));
			}
			assertThat(texts).extracting(TextMessage::text).allMatch((text) -> !text.isBlank()).doesNotHaveDuplicates();
		}
		assertThat(this.messages.noFace(Locale.JAPANESE).text()).contains("写真").doesNotContain("photo");
		assertThat(this.messages.noFace(Locale.ENGLISH).text()).contains("photo").doesNotContain("写真");
	}

	@Test
	void failuresApologiseAndSayWhatToDo() {
		assertThat(this.messages.failure(FailureReason.UNREADABLE_IMAGE, Locale.ENGLISH).text()).startsWith("Sorry")
			.contains("JPEG or PNG");
		assertThat(this.messages.failure(FailureReason.SERVICE_UNAVAILABLE, Locale.ENGLISH).text())
			.contains("try again in a moment");
		assertThat(this.messages.failure(FailureReason.IMAGE_TOO_SMALL, Locale.JAPANESE).text()).startsWith("ごめんなさい")
			.contains("小さすぎ");
	}

	@Test
	void refusalsSayWhichLimitAndWhatIsLeft_inBothLanguages() {
		Refusal quota = new Refusal(Refusal.Kind.EVENT_QUOTA, 10, 0);
		Refusal rate = new Refusal(Refusal.Kind.RATE, 5, 40);

		assertThat(this.messages.refused(quota, Locale.JAPANESE).text()).contains("この会では1人10枚までです")
			.contains("もう送れる写真はありません");
		assertThat(this.messages.refused(rate, Locale.JAPANESE).text()).isEqualTo("あと40秒ほど待ってから送ってね(1分に5枚まで)");
		assertThat(this.messages.refused(quota, Locale.ENGLISH).text()).contains("allows 10 photos per guest");
		assertThat(this.messages.refused(new Refusal(Refusal.Kind.EVENT_QUOTA, 1, 0), Locale.ENGLISH).text())
			.contains("allows 1 photo per guest");
		assertThat(this.messages.refused(rate, Locale.ENGLISH).text()).contains("wait about 40 seconds")
			.contains("up to 5 photos a minute");
		assertThat(this.messages.refused(new Refusal(Refusal.Kind.BUDGET, 300, 0), Locale.ENGLISH).text())
			.isEqualTo(this.messages.busy(Locale.ENGLISH).text());
	}

	@Test
	void noFaceOffersPhotoAndHelpShortcuts() {
		JsonNode noFace = json(this.messages.noFace(Locale.JAPANESE));
		assertThat(noFace.at("/quickReply/items")).extracting((item) -> item.at("/action/type").asText())
			.containsExactly("cameraRoll", "camera", "message");
		assertThat(noFace.at("/quickReply/items/2/action/text").asText()).isEqualTo("使い方");
		assertThat(json(this.messages.noFace(Locale.ENGLISH)).at("/quickReply/items/2/action/text").asText())
			.isEqualTo("help");
	}

	@Test
	void lineLanguageChoosesEnglishOnlyForEnglish() {
		assertThat(ScoreMessages.forLanguage("en")).isEqualTo(Locale.ENGLISH);
		assertThat(ScoreMessages.forLanguage("en-US")).isEqualTo(Locale.ENGLISH);
		assertThat(ScoreMessages.forLanguage("ja")).isEqualTo(Locale.JAPANESE);
		assertThat(ScoreMessages.forLanguage("zh-TW")).isEqualTo(Locale.JAPANESE);
		assertThat(ScoreMessages.forLanguage(null)).isEqualTo(Locale.JAPANESE);
	}

}
