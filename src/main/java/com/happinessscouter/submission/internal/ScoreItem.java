package com.happinessscouter.submission.internal;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;

/** A photo's score, stored as numbers. */
@DynamoDbBean
public class ScoreItem {

	private Long power;

	private Integer faceCount;

	private Integer smilingFaces;

	private Integer bestFace;

	private Map<String, Double> emotionShares;

	private List<FaceItem> faces;

	private String analyzer;

	private Long scoredAt;

	public Long getPower() {
		return this.power;
	}

	public void setPower(Long power) {
		this.power = power;
	}

	public Integer getFaceCount() {
		return this.faceCount;
	}

	public void setFaceCount(Integer faceCount) {
		this.faceCount = faceCount;
	}

	public Integer getSmilingFaces() {
		return this.smilingFaces;
	}

	public void setSmilingFaces(Integer smilingFaces) {
		this.smilingFaces = smilingFaces;
	}

	public Integer getBestFace() {
		return this.bestFace;
	}

	public void setBestFace(Integer bestFace) {
		this.bestFace = bestFace;
	}

	public Map<String, Double> getEmotionShares() {
		return this.emotionShares;
	}

	public void setEmotionShares(Map<String, Double> emotionShares) {
		this.emotionShares = emotionShares;
	}

	public List<FaceItem> getFaces() {
		return this.faces;
	}

	public void setFaces(List<FaceItem> faces) {
		this.faces = faces;
	}

	public String getAnalyzer() {
		return this.analyzer;
	}

	public void setAnalyzer(String analyzer) {
		this.analyzer = analyzer;
	}

	public Long getScoredAt() {
		return this.scoredAt;
	}

	public void setScoredAt(Long scoredAt) {
		this.scoredAt = scoredAt;
	}

}
