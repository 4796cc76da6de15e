package com.happinessscouter.submission.internal;

import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;

/**
 * One face of a scored photo: its box in pixels, detection confidence and emotions
 * (0-100).
 */
@DynamoDbBean
public class FaceItem {

	private Double left;

	private Double top;

	private Double width;

	private Double height;

	private Double confidence;

	private Boolean smiling;

	private Map<String, Double> emotions;

	public Double getLeft() {
		return this.left;
	}

	public void setLeft(Double left) {
		this.left = left;
	}

	public Double getTop() {
		return this.top;
	}

	public void setTop(Double top) {
		this.top = top;
	}

	public Double getWidth() {
		return this.width;
	}

	public void setWidth(Double width) {
		this.width = width;
	}

	public Double getHeight() {
		return this.height;
	}

	public void setHeight(Double height) {
		this.height = height;
	}

	public Double getConfidence() {
		return this.confidence;
	}

	public void setConfidence(Double confidence) {
		this.confidence = confidence;
	}

	public Boolean getSmiling() {
		return this.smiling;
	}

	public void setSmiling(Boolean smiling) {
		this.smiling = smiling;
	}

	public Map<String, Double> getEmotions() {
		return this.emotions;
	}

	public void setEmotions(Map<String, Double> emotions) {
		this.emotions = emotions;
	}

}
