package com.happinessscouter.submission.internal;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.happinessscouter.line.Delivery;
import com.happinessscouter.scoring.BoundingBox;
import com.happinessscouter.scoring.Emotion;
import com.happinessscouter.scoring.Face;
import com.happinessscouter.scoring.HappinessScore;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.submission.PhotoKey;
import com.happinessscouter.submission.PhotoProblem;
import com.happinessscouter.webhook.ChatType;
import com.happinessscouter.webhook.EventContext;
import com.happinessscouter.webhook.ImageSetRef;

/** Maps stored items to the module's records and back. */
public final class PhotoMapper {

	private PhotoMapper() {
	}

	public static Photo photo(PhotoItem item) {
		OriginItem origin = item.getOrigin();
		Delivery delivery = Delivery.stored(item.getAnsweredVia());
		return new Photo(new PhotoKey(item.getPk(), item.getSk()), origin.getWebhookEventId(),
				Instant.ofEpochMilli(origin.getSentAt()), imageSet(origin), item.getStatus(),
				(item.getProblem() != null) ? PhotoProblem.valueOf(item.getProblem()) : null, item.getS3Key(),
				item.getContentType(), item.getSha256(), score(item.getScore()),
				item.getAnsweredAt() != null && delivery != Delivery.PENDING, item.getEventId(),
				Boolean.TRUE.equals(item.getHidden()), key(item.getDuplicateOf()), faces(item.getScore()), delivery);
	}

	static String text(PhotoKey key) {
		return key.userId() + "/" + key.imageId();
	}

	static PhotoKey key(String text) {
		if (text == null) {
			return null;
		}
		int slash = text.indexOf('/');
		return new PhotoKey(text.substring(0, slash), text.substring(slash + 1));
	}

	public static EventContext context(PhotoItem item) {
		OriginItem origin = item.getOrigin();
		return new EventContext(origin.getWebhookEventId(), item.getPk(), ChatType.valueOf(origin.getChatType()),
				origin.getChatId(), origin.getReplyToken(), Instant.ofEpochMilli(origin.getSentAt()));
	}

	static OriginItem origin(EventContext context, ImageSetRef imageSet) {
		OriginItem origin = new OriginItem();
		origin.setWebhookEventId(context.webhookEventId());
		origin.setSentAt(context.occurredAt().toEpochMilli());
		origin.setChatType(context.chatType().name());
		origin.setChatId(context.chatId());
		origin.setReplyToken(context.replyToken());
		if (imageSet != null) {
			origin.setImageSetId(imageSet.id());
			origin.setImageSetIndex(imageSet.index());
			origin.setImageSetTotal(imageSet.total());
		}
		return origin;
	}

	static ScoreItem scoreItem(HappinessScore score, List<Face> faces, String analyzer, Instant at) {
		ScoreItem item = new ScoreItem();
		item.setPower(score.power());
		item.setFaceCount(score.faceCount());
		item.setSmilingFaces(score.smilingFaces());
		item.setBestFace(score.bestFaceIndex());
		item.setEmotionShares(byName(score.emotionShares()));
		item.setFaces(faces.stream().map(PhotoMapper::faceItem).toList());
		item.setAnalyzer(analyzer);
		item.setScoredAt(at.toEpochMilli());
		return item;
	}

	static HappinessScore score(ScoreItem item) {
		if (item == null || item.getPower() == null) {
			return null;
		}
		Map<Emotion, Double> shares = new EnumMap<>(Emotion.class);
		item.getEmotionShares().forEach((name, share) -> shares.put(Emotion.valueOf(name), share));
		return new HappinessScore(item.getPower(), item.getFaceCount(), item.getSmilingFaces(), item.getBestFace(),
				shares);
	}

	private static List<Face> faces(ScoreItem score) {
		if (score == null || score.getFaces() == null) {
			return List.of();
		}
		return score.getFaces().stream().map(PhotoMapper::face).toList();
	}

	private static Face face(FaceItem item) {
		Map<Emotion, Double> emotions = new EnumMap<>(Emotion.class);
		item.getEmotions().forEach((name, value) -> emotions.put(Emotion.valueOf(name), value));
		return new Face(new BoundingBox(item.getLeft(), item.getTop(), item.getWidth(), item.getHeight()),
				item.getConfidence(), emotions, Boolean.TRUE.equals(item.getSmiling()));
	}

	private static FaceItem faceItem(Face face) {
		FaceItem item = new FaceItem();
		item.setLeft(face.box().left());
		item.setTop(face.box().top());
		item.setWidth(face.box().width());
		item.setHeight(face.box().height());
		item.setConfidence(face.confidence());
		item.setSmiling(face.smiling());
		item.setEmotions(byName(face.emotions()));
		return item;
	}

	private static Map<String, Double> byName(Map<Emotion, Double> values) {
		Map<String, Double> named = new LinkedHashMap<>();
		for (Emotion emotion : Emotion.values()) {
			named.put(emotion.name(), values.getOrDefault(emotion, 0.0));
		}
		return named;
	}

	private static ImageSetRef imageSet(OriginItem origin) {
		if (origin.getImageSetId() == null) {
			return null;
		}
		return new ImageSetRef(origin.getImageSetId(), origin.getImageSetIndex(), origin.getImageSetTotal());
	}

}
