package com.happinessscouter.simulator;

/**
 * A guest played in the simulator.
 *
 * @param userId a LINE-shaped user id ({@code U} + 32 hex digits)
 * @param displayName the name the profile API answers
 * @param language {@code ja} or {@code en}
 */
public record SimulatedGuest(String userId, String displayName, String language) {
}
