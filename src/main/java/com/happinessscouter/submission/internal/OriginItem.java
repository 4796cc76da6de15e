package com.happinessscouter.submission.internal;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;

/**
 * The event information stored with a photo: where and when it came from, and the reply
 * token to answer it with.
 */
@DynamoDbBean
public class OriginItem {

	private String webhookEventId;

	private Long sentAt;

	private String chatType;

	private String chatId;

	private String replyToken;

	private String imageSetId;

	private Integer imageSetIndex;

	private Integer imageSetTotal;

	public String getWebhookEventId() {
		return this.webhookEventId;
	}

	public void setWebhookEventId(String webhookEventId) {
		this.webhookEventId = webhookEventId;
	}

	public Long getSentAt() {
		return this.sentAt;
	}

	public void setSentAt(Long sentAt) {
		this.sentAt = sentAt;
	}

	public String getChatType() {
		return this.chatType;
	}

	public void setChatType(String chatType) {
		this.chatType = chatType;
	}

	public String getChatId() {
		return this.chatId;
	}

	public void setChatId(String chatId) {
		this.chatId = chatId;
	}

	public String getReplyToken() {
		return this.replyToken;
	}

	public void setReplyToken(String replyToken) {
		this.replyToken = replyToken;
	}

	public String getImageSetId() {
		return this.imageSetId;
	}

	public void setImageSetId(String imageSetId) {
		this.imageSetId = imageSetId;
	}

	public Integer getImageSetIndex() {
		return this.imageSetIndex;
	}

	public void setImageSetIndex(Integer imageSetIndex) {
		this.imageSetIndex = imageSetIndex;
	}

	public Integer getImageSetTotal() {
		return this.imageSetTotal;
	}

	public void setImageSetTotal(Integer imageSetTotal) {
		this.imageSetTotal = imageSetTotal;
	}

}
