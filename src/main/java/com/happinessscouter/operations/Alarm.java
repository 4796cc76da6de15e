package com.happinessscouter.operations;

import java.time.Instant;

/**
 * One alarm rule and how it stands.
 *
 * @param name short name, e.g. {@code server-errors}
 * @param value the last measured value
 * @param threshold where it fires
 * @param firing whether it fires now
 * @param since when it last changed between firing and not, or {@code null} before the
 * first evaluation
 */
public record Alarm(String name, double value, double threshold, boolean firing, Instant since) {
}
