/**
 * The LINE webhook: checks the signature, records every event durably and exactly once (a
 * conditional write per {@code webhookEventId}), answers LINE at once, then hands each
 * event, translated into a {@link com.happinessscouter.webhook.GuestEvent}, to the
 * modules that act on it, on a bounded pool of workers. Events that could not be handed
 * over (pool full, a crash, a dependency down) stay in the table's work index and are
 * picked up again, on any instance.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Webhook", allowedDependencies = { "aws", "line" })
package com.happinessscouter.webhook;
