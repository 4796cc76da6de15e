package com.happinessscouter.album.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;

import com.happinessscouter.album.AlbumPhoto;
import com.happinessscouter.album.Albums;
import com.happinessscouter.album.GuestAlbum;
import com.happinessscouter.reply.BotLanguage;

import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * A guest's album as one small, phone-sized HTML page (no script): their photos with
 * their power and a download button each, or a kind word on why there is nothing to see.
 * Every text comes from the bot bundles, escaped.
 */
class AlbumPage {

	private static final String STYLE = "body{font-family:sans-serif;margin:0;padding:1em;background:#fff8f0;"
			+ "color:#333}h1{font-size:1.4em}ul{list-style:none;padding:0;display:grid;"
			+ "grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:1em}li{background:#fff;"
			+ "border-radius:8px;padding:.5em;box-shadow:0 1px 3px #0002}img{width:100%;border-radius:4px}"
			+ "a.download{display:block;text-align:center;padding:.4em;margin-top:.3em;background:#f47c7c;"
			+ "color:#fff;border-radius:4px;text-decoration:none}";

	private final BotLanguage language;

	private final Function<AlbumPhoto, String> previewUrl;

	AlbumPage(BotLanguage language, Function<AlbumPhoto, String> previewUrl) {
		this.language = language;
		this.previewUrl = previewUrl;
	}

	String render(GuestAlbum album, String token) {
		StringBuilder body = new StringBuilder("<h1>").append(text("bot.album.page.title")).append("</h1>");
		if (album.state() != GuestAlbum.State.OPEN) {
			String key = "bot.album.page." + album.state().name().toLowerCase(Locale.ROOT);
			return html(body.append("<p id=\"album-refusal\" class=\"")
				.append(album.state().name())
				.append("\">")
				.append(text(key))
				.append("</p>"));
		}
		body.append("<p>")
			.append(text("bot.album.page.until", album.expiry().toString().substring(0, 10)))
			.append("</p>");
		body.append("<ul id=\"album-photos\">");
		album.photos().forEach((photo) -> body.append(item(photo, token)));
		return html(body.append("</ul>"));
	}

	private String item(AlbumPhoto photo, String token) {
		String download = Albums.PATH + UriUtils.encodePathSegment(token, StandardCharsets.UTF_8) + "/photos/"
				+ UriUtils.encodePathSegment(photo.imageId(), StandardCharsets.UTF_8);
		return "<li class=\"album-photo\" data-image=\"" + escape(photo.imageId()) + "\"><img src=\""
				+ escape(this.previewUrl.apply(photo)) + "\" alt=\"\"><div class=\"album-power\">"
				+ text("bot.album.page.power", this.language.number(photo.power()))
				+ "</div><a class=\"download\" href=\"" + escape(download) + "\" download>"
				+ text("bot.album.page.download") + "</a></li>";
	}

	private String html(StringBuilder body) {
		String lang = this.language.english() ? "en" : "ja";
		return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"UTF-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
				+ "<meta name=\"robots\" content=\"noindex\"><title>" + text("bot.album.page.title") + "</title><style>"
				+ STYLE + "</style></head><body>" + body + "</body></html>";
	}

	private String text(String key, Object... args) {
		return escape(this.language.text(key, args));
	}

	private static String escape(String value) {
		return HtmlUtils.htmlEscape(value, "UTF-8");
	}

}
