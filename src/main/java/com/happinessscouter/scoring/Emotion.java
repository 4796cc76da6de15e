package com.happinessscouter.scoring;

/**
 * The eight emotions Amazon Rekognition reports; the offline model maps onto the same
 * set.
 */
public enum Emotion {

	HAPPY, CALM, SURPRISED, FEAR, CONFUSED, DISGUSTED, ANGRY, SAD

}
