package com.happinessscouter.webhook;

/**
 * A photo's place in a set sent at once.
 *
 * @param id the set's id
 * @param index 1-based position, or {@code null} (some old Android apps omit it)
 * @param total how many photos the set has
 */
public record ImageSetRef(String id, Integer index, int total) {
}
