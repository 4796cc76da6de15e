package com.happinessscouter.line;

/**
 * The channel's monthly message quota as LINE reports it.
 *
 * @param limited {@code true} for a plan with a monthly limit ({@code type: limited})
 * @param limit the monthly limit, {@code null} when not limited
 * @param used messages counted against it this month ({@code totalUsage})
 */
public record MessageQuota(boolean limited, Long limit, long used) {
}
