package com.happinessscouter.aws;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Small helpers for low-level items of the one table. */
public final class Items {

	private Items() {
	}

	public static Map<String, AttributeValue> key(String pk, String sk) {
		return Map.of(SingleTable.PARTITION_KEY, s(pk), SingleTable.SORT_KEY, s(sk));
	}

	/** A string attribute; {@code null} is stored as the empty string. */
	public static AttributeValue s(String value) {
		return AttributeValue.fromS((value != null) ? value : "");
	}

	public static AttributeValue n(long value) {
		return AttributeValue.fromN(Long.toString(value));
	}

	public static AttributeValue bool(boolean value) {
		return AttributeValue.fromBool(value);
	}

	/** A number attribute, or {@code 0} when missing. */
	public static long num(Map<String, AttributeValue> item, String name) {
		AttributeValue value = (item != null) ? item.get(name) : null;
		return (value != null && value.n() != null) ? Long.parseLong(value.n()) : 0;
	}

	/** A number attribute, or {@code null} when missing. */
	public static Long optionalNum(Map<String, AttributeValue> item, String name) {
		AttributeValue value = (item != null) ? item.get(name) : null;
		return (value != null && value.n() != null) ? Long.valueOf(value.n()) : null;
	}

	/** A string attribute, or {@code ""} when missing. */
	public static String text(Map<String, AttributeValue> item, String name) {
		AttributeValue value = (item != null) ? item.get(name) : null;
		return (value != null && value.s() != null) ? value.s() : "";
	}

	public static boolean flag(Map<String, AttributeValue> item, String name) {
		AttributeValue value = (item != null) ? item.get(name) : null;
		return value != null && Boolean.TRUE.equals(value.bool());
	}

	/** Zero-padded so that string order is number order. */
	public static String padded(long value) {
		return String.format("%015d", value);
	}

}
