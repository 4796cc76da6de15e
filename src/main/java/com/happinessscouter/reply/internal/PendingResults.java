package com.happinessscouter.reply.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.happinessscouter.reply.BotTexts;
import com.happinessscouter.submission.PendingClaim;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.submission.Submissions;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.TextMessage;

import org.springframework.stereotype.Component;

/**
 * A guest's pending results, claimed and put into as many messages as one reply has room
 * for: each photo's (or image set's) answer as it would have gone out, oldest first; when
 * not all fit, a last message says how many still wait, with the 結果を見る button.
 */
@Component
public class PendingResults {

	private final Submissions submissions;

	private final PhotoMessages photoMessages;

	private final BotTexts texts;

	PendingResults(Submissions submissions, PhotoMessages photoMessages, BotTexts texts) {
		this.submissions = submissions;
		this.photoMessages = photoMessages;
		this.texts = texts;
	}

	/**
	 * The claimed results and their messages; send them, then settle the claim with
	 * {@link Submissions#pendingSent} or {@link Submissions#pendingNotSent}.
	 */
	public record Outgoing(PendingClaim claim, List<Message> messages) {

		static final Outgoing NONE = new Outgoing(new PendingClaim("", List.of()), List.of());

	}

	/**
	 * Claims what fits in {@code room} messages of the guest's pending results.
	 */
	public Outgoing take(String userId, int room, Locale locale) {
		if (room <= 0) {
			return Outgoing.NONE;
		}
		List<List<Photo>> answers = answers(this.submissions.pending(userId));
		if (answers.isEmpty()) {
			return Outgoing.NONE;
		}
		List<Photo> chosen = new ArrayList<>();
		int used = 0;
		for (List<Photo> answer : answers) {
			int size = messages(answer, locale).size();
			boolean last = answer == answers.getLast();
			if (used + size + (last ? 0 : 1) > room) {
				break;
			}
			chosen.addAll(answer);
			used += size;
		}
		PendingClaim claim = this.submissions.claimPending(chosen);
		List<Message> messages = new ArrayList<>();
		answers(claim.photos()).forEach((answer) -> messages.addAll(messages(answer, locale)));
		int waiting = answers.size() - answers(claim.photos()).size();
		if (waiting > 0 && messages.size() < room) {
			messages.add(more(waiting, locale));
		}
		return new Outgoing(claim, messages);
	}

	/** The pending photos grouped by the answer they belong to, oldest first. */
	private static List<List<Photo>> answers(List<Photo> pending) {
		Map<String, List<Photo>> answers = new LinkedHashMap<>();
		for (Photo photo : pending) {
			String answer = (photo.imageSet() != null) ? "set:" + photo.imageSet().id() : "photo:" + photo.key();
			answers.computeIfAbsent(answer, (key) -> new ArrayList<>()).add(photo);
		}
		return List.copyOf(answers.values());
	}

	private List<Message> messages(List<Photo> answer, Locale locale) {
		return this.photoMessages.of(answer, answer.getFirst().imageSet() != null, null, locale);
	}

	/** {@code waiting} more results wait: the 結果を見る button. */
	private TextMessage more(int waiting, Locale locale) {
		return this.texts.withResultsButton("bot.results.more", locale, waiting);
	}

}
