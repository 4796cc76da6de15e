package com.happinessscouter.reply.internal;

import com.happinessscouter.reply.BotTexts;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bot's message builders, reading the {@code i18n/bot} bundles. */
@Configuration(proxyBeanMethods = false)
class ReplyConfiguration {

	@Bean
	BotTexts botTexts(MessageSource messageSource) {
		return new BotTexts(messageSource);
	}

	@Bean
	ScoreMessages scoreMessages(MessageSource messageSource) {
		return new ScoreMessages(messageSource);
	}

}
