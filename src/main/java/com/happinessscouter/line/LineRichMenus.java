package com.happinessscouter.line;

import java.util.List;

import com.happinessscouter.line.RichMenuSpec.Area;
import com.happinessscouter.line.RichMenuSpec.Existing;
import com.linecorp.bot.client.base.UploadFile;
import com.linecorp.bot.messaging.client.MessagingApiBlobClient;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.MessageAction;
import com.linecorp.bot.messaging.model.RichMenuArea;
import com.linecorp.bot.messaging.model.RichMenuBounds;
import com.linecorp.bot.messaging.model.RichMenuRequest;
import com.linecorp.bot.messaging.model.RichMenuSize;

import org.springframework.stereotype.Component;

/**
 * The channel's rich menus through the Messaging API: create one with its image, make it
 * everyone's default, link one to a guest, list and delete. Failures are
 * {@link LineApiException}s.
 */
@Component
public class LineRichMenus {

	private final MessagingApiClient client;

	private final MessagingApiBlobClient blobs;

	private final LineCalls calls;

	LineRichMenus(MessagingApiClient client, MessagingApiBlobClient blobs, LineCalls calls) {
		this.client = client;
		this.blobs = blobs;
		this.calls = calls;
	}

	/** Creates the menu and uploads its PNG image; returns LINE's id of it. */
	public String create(RichMenuSpec spec, byte[] png) {
		RichMenuRequest request = new RichMenuRequest(new RichMenuSize((long) spec.width(), (long) spec.height()),
				false, spec.name(), spec.chatBarText(), spec.areas().stream().map(LineRichMenus::area).toList());
		String id = this.calls.call("rich menu create", () -> this.client.createRichMenu(request)).richMenuId();
		this.calls.call("rich menu image",
				() -> this.blobs.setRichMenuImage(id, UploadFile.fromByteArray(png, "image/png")));
		return id;
	}

	/** Makes the menu the one every guest sees unless another is linked to them. */
	public void makeDefault(String richMenuId) {
		this.calls.call("rich menu default", () -> this.client.setDefaultRichMenu(richMenuId));
	}

	/** Shows this menu to one guest instead of the default. */
	public void link(String userId, String richMenuId) {
		this.calls.call("rich menu link", () -> this.client.linkRichMenuIdToUser(userId, richMenuId));
	}

	/** Every rich menu of the channel. */
	public List<Existing> list() {
		return this.calls.call("rich menu list", this.client::getRichMenuList)
			.richmenus()
			.stream()
			.map((menu) -> new Existing(menu.richMenuId(), menu.name()))
			.toList();
	}

	/** Deletes the menu (LINE unlinks it from every guest). */
	public void delete(String richMenuId) {
		this.calls.call("rich menu delete", () -> this.client.deleteRichMenu(richMenuId));
	}

	private static RichMenuArea area(Area area) {
		return new RichMenuArea(
				new RichMenuBounds((long) area.x(), (long) area.y(), (long) area.width(), (long) area.height()),
				new MessageAction(area.label(), area.text()));
	}

}
