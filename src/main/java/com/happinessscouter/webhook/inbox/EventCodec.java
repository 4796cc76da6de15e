package com.happinessscouter.webhook.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.happinessscouter.webhook.GuestEvent;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.webhook.model.Event;

import org.springframework.stereotype.Component;

/** Reads one webhook event's JSON with the LINE SDK's model and translates it. */
@Component
public class EventCodec {

	private final ObjectMapper mapper = ModelObjectMapper.createNewObjectMapper();

	private final EventTranslator translator = new EventTranslator();

	public JsonNode tree(byte[] body) throws IOException {
		// strict: a body with anything after its JSON value is not LINE's
		return this.mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(body);
	}

	/**
	 * @return the guest event, or {@code null} when the bot does not act on this event
	 */
	public GuestEvent decode(JsonNode event) {
		try {
			return this.translator.translate(this.mapper.treeToValue(event, Event.class));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public GuestEvent decode(String payload) {
		try {
			return decode(this.mapper.readTree(payload));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
