package com.happinessscouter.conversation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.support.BotBundles;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a group, "delete my data" deletes only the sender's own data: never another
 * member's, and never what is kept under the group's id for members LINE does not name.
 */
class GroupDeleteIT extends ScouterIT {

	private final String groupId = "C" + UUID.randomUUID().toString().replace("-", "");

	@Test
	void memberDeletesInAGroup_onlyTheirOwnPhotosGo() {
		SimulatedGuest aki = guest("en");
		SimulatedGuest ben = guest("en");
		String akisPhoto = sendPhoto(memberSource(aki));
		String bensPhoto = sendPhoto(memberSource(ben));
		awaitPhoto(aki.userId(), akisPhoto, Photo::answered);
		awaitPhoto(ben.userId(), bensPhoto, Photo::answered);

		send(SignedWebhook.body(
				SignedWebhook.event("group-text", Map.of("source", memberSource(aki), "text", "yes, delete my data"))));

		assertThat(awaitBotMessages(aki.userId(), 2).get(1).message().path("text").asText())
			.contains("All your data is deleted: 1 photo");
		assertThat(photo(aki.userId(), akisPhoto)).isEmpty();
		assertThat(photo(ben.userId(), bensPhoto)).isPresent();
	}

	@Test
	void memberLineDoesNotName_deletesNothingAndIsToldToAskOneOnOne() {
		String anonymous = "{\"type\":\"group\",\"groupId\":\"" + this.groupId + "\"}";
		String groupsPhoto = sendPhoto(anonymous);
		awaitPhoto(this.groupId, groupsPhoto, Photo::answered);
		int answers = this.ledger.botMessages(this.groupId).size();

		postAsGroup("group-text", Map.of("source", anonymous, "text", "削除する"));

		String answer = awaitBotMessages(this.groupId, answers + 1).get(answers).message().path("text").asText();
		assertThat(answer).isIn(List.of(BotBundles.load("i18n/bot.properties").getProperty("bot.delete.one-on-one"),
				BotBundles.load("i18n/bot_en.properties").getProperty("bot.delete.one-on-one")));
		assertThat(photo(this.groupId, groupsPhoto)).isPresent();
	}

	private String sendPhoto(String source) {
		String messageId = photoOnLine("/photos/grace_hopper_512x512.jpg", "image/jpeg");
		if (source.contains("userId")) {
			send(SignedWebhook
				.body(SignedWebhook.event("group-image", Map.of("source", source, "messageId", messageId))));
		}
		else {
			postAsGroup("group-image", Map.of("source", source, "messageId", messageId));
		}
		return messageId;
	}

	/**
	 * Posts an event without a user id; its reply token is the group's at the fake LINE.
	 */
	private void postAsGroup(String fixture, Map<String, String> values) {
		String token = UUID.randomUUID().toString().replace("-", "");
		this.ledger.issueReplyToken(token, this.groupId);
		Map<String, String> all = new HashMap<>(values);
		all.put("replyToken", token);
		assertThat(webhook().post(callback(), SignedWebhook.body(SignedWebhook.event(fixture, all)))).isEqualTo(200);
	}

	private String memberSource(SimulatedGuest member) {
		return "{\"type\":\"group\",\"groupId\":\"" + this.groupId + "\",\"userId\":\"" + member.userId() + "\"}";
	}

}
