package com.happinessscouter.submission;

/**
 * A photo reached its final state (scored, no face, failed, a repeat) for the first and
 * only time: published once, by the worker whose conditional write finished it, before
 * the guest is answered. Counts are kept from it.
 */
public record PhotoFinished(Photo photo) {
}
