package com.happinessscouter.reply.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bot's message builder, reading the {@code i18n/bot} bundles. */
@Configuration(proxyBeanMethods = false)
class ReplyConfiguration {

	@Bean
	ScoreMessages scoreMessages(MessageSource messageSource) {
		return new ScoreMessages(messageSource);
	}

}
