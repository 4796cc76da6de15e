package com.happinessscouter.simulator;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One line of a simulated conversation.
 *
 * @param at when it happened
 * @param fromGuest {@code true} for what the guest sent, {@code false} for the bot's
 * messages
 * @param message the LINE message JSON (the bot's exactly as sent; the guest's as a text
 * or an image stand-in)
 * @param via {@code reply}, {@code push} or {@code webhook}
 */
public record ChatEntry(Instant at, boolean fromGuest, JsonNode message, String via) {
}
