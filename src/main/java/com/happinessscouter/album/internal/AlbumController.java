package com.happinessscouter.album.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;

import com.happinessscouter.album.AlbumPhoto;
import com.happinessscouter.album.Albums;
import com.happinessscouter.album.GuestAlbum;
import com.happinessscouter.reply.BotLanguage;
import com.happinessscouter.reply.BotTexts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A guest's album behind their signed link: no sign-in, the token is the key. The page is
 * in the browser's language; a refused token gets 403, an expired one or photos retention
 * removed 410, each with a kind page that shows nothing else. Downloads stream through
 * the app (the bucket stays private).
 */
@Controller
class AlbumController {

	private final Albums albums;

	private final BotTexts texts;

	AlbumController(Albums albums, BotTexts texts) {
		this.albums = albums;
		this.texts = texts;
	}

	@GetMapping(Albums.PATH + "{token}")
	void page(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) throws IOException {
		GuestAlbum album = this.albums.open(token);
		keepPrivate(response);
		response.setStatus(status(album.state()));
		response.setContentType("text/html;charset=UTF-8");
		BotLanguage language = this.texts.language(BotTexts.forLanguage(language(request)));
		response.getWriter().write(new AlbumPage(language, this.albums::previewUrl).render(album, token));
	}

	@GetMapping(Albums.PATH + "{token}/photos/{imageId}")
	void download(@PathVariable String token, @PathVariable String imageId, HttpServletResponse response)
			throws IOException {
		keepPrivate(response);
		Optional<AlbumPhoto> photo = this.albums.photo(token, imageId);
		if (photo.isEmpty()) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		response.setContentType(photo.get().fileName().endsWith(".png") ? "image/png" : "image/jpeg");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(photo.get().fileName()).build().toString());
		try (InputStream in = this.albums.read(photo.get()); OutputStream out = response.getOutputStream()) {
			in.transferTo(out);
		}
	}

	static int status(GuestAlbum.State state) {
		return switch (state) {
			case OPEN -> HttpServletResponse.SC_OK;
			case EXPIRED, GONE -> HttpServletResponse.SC_GONE;
			case REFUSED -> HttpServletResponse.SC_FORBIDDEN;
		};
	}

	/** The token is in the address: never cached, indexed or sent on as a referrer. */
	private static void keepPrivate(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("X-Robots-Tag", "noindex");
	}

	private static String language(HttpServletRequest request) {
		Locale locale = request.getLocale();
		return (locale != null) ? locale.getLanguage() : "ja";
	}

}
