package com.happinessscouter.console;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.happinessscouter.aws.KeySpace;
import com.happinessscouter.aws.Items;
import com.happinessscouter.aws.SingleTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.stereotype.Component;

/**
 * What a console user chose, kept for their next sign-in on any instance
 * ({@code CONSOLEUSER#name} / {@code PREFS}): the console language.
 */
@Component
public class ConsolePreferences {

	/** The languages the console speaks. */
	public static final Locale JAPANESE = Locale.JAPANESE;

	public static final Locale ENGLISH = Locale.ENGLISH;

	private final DynamoDbClient db;

	private final String table;

	ConsolePreferences(SingleTable single) {
		this.db = single.client();
		this.table = single.name();
	}

	public Optional<Locale> language(String user) {
		Map<String, AttributeValue> item = this.db
			.getItem((get) -> get.tableName(this.table).key(key(user)).consistentRead(true))
			.item();
		String tag = Items.text(item, "language");
		return tag.isEmpty() ? Optional.empty() : Optional.of(Locale.forLanguageTag(tag));
	}

	public void language(String user, Locale language) {
		Map<String, AttributeValue> item = new HashMap<>(key(user));
		item.put("language", Items.s(language.toLanguageTag()));
		this.db.putItem((put) -> put.tableName(this.table).item(item));
	}

	/** Japanese for Japanese, English for everything else (the console's two bundles). */
	public static Locale supported(Locale locale) {
		return (locale != null && "ja".equals(locale.getLanguage())) ? JAPANESE : ENGLISH;
	}

	private static Map<String, AttributeValue> key(String user) {
		return KeySpace.CONSOLE_USER.key(user.toLowerCase(Locale.ROOT));
	}

}
