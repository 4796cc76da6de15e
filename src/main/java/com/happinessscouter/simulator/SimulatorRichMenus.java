package com.happinessscouter.simulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The channel's rich menus as the fake LINE API keeps them: each menu with its image, the
 * default, the menus linked to single guests, and every call the bot made, in order.
 * Checks what LINE checks: an image of the menu's size (PNG or JPEG, 1 MB at most) before
 * the menu is shown to anyone.
 */
public class SimulatorRichMenus {

	/** LINE's limit on a rich menu image. */
	static final int MAX_IMAGE_BYTES = 1024 * 1024;

	/**
	 * A rich menu.
	 *
	 * @param id its id
	 * @param request what the bot sent to create it (size, name, chatBarText, areas)
	 * @param image its PNG or JPEG, or {@code null} before the upload
	 */
	public record Menu(String id, ObjectNode request, byte[] image) {

		public String name() {
			return this.request.path("name").asText();
		}

		public int width() {
			return this.request.path("size").path("width").asInt();
		}

		public int height() {
			return this.request.path("size").path("height").asInt();
		}

		public JsonNode areas() {
			return this.request.path("areas");
		}

	}

	/**
	 * One call of the bot, e.g. {@code create}, {@code image}, {@code default},
	 * {@code link}, {@code list}, {@code delete}.
	 */
	public record Call(String what, String menuId, String userId) {
	}

	private final Map<String, Menu> menus = Collections.synchronizedMap(new LinkedHashMap<>());

	private final Map<String, String> links = new ConcurrentHashMap<>();

	private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());

	private volatile String defaultId;

	public String create(ObjectNode request) {
		String id = "richmenu-" + UUID.randomUUID().toString().replace("-", "");
		this.menus.put(id, new Menu(id, request.deepCopy(), null));
		this.calls.add(new Call("create", id, null));
		return id;
	}

	/**
	 * @return why LINE would refuse the image, or empty when it is stored
	 */
	public Optional<String> image(String id, byte[] image) {
		Menu menu = this.menus.get(id);
		if (menu == null) {
			return Optional.of("Not found");
		}
		Optional<String> refusal = refusal(menu, image);
		if (refusal.isEmpty()) {
			this.menus.put(id, new Menu(id, menu.request(), image.clone()));
			this.calls.add(new Call("image", id, null));
		}
		return refusal;
	}

	/**
	 * @return whether the menu exists with its image
	 */
	public boolean makeDefault(String id) {
		if (!ready(id)) {
			return false;
		}
		this.defaultId = id;
		this.calls.add(new Call("default", id, null));
		return true;
	}

	/**
	 * @return whether the menu exists with its image
	 */
	public boolean link(String userId, String id) {
		if (!ready(id)) {
			return false;
		}
		this.links.put(userId, id);
		this.calls.add(new Call("link", id, userId));
		return true;
	}

	/**
	 * @return whether it existed (LINE unlinks it from everyone)
	 */
	public boolean delete(String id) {
		if (this.menus.remove(id) == null) {
			return false;
		}
		this.links.values().removeIf(id::equals);
		if (id.equals(this.defaultId)) {
			this.defaultId = null;
		}
		this.calls.add(new Call("delete", id, null));
		return true;
	}

	public List<Menu> list() {
		this.calls.add(new Call("list", null, null));
		return menus();
	}

	/** The menus, without recording a call. */
	public List<Menu> menus() {
		synchronized (this.menus) {
			return List.copyOf(this.menus.values());
		}
	}

	public Optional<Menu> menu(String id) {
		return Optional.ofNullable(this.menus.get(id));
	}

	public Optional<String> defaultId() {
		return Optional.ofNullable(this.defaultId);
	}

	/** The menu the guest sees: the one linked to them, else the default. */
	public Optional<Menu> shownTo(String userId) {
		String id = this.links.getOrDefault(userId, this.defaultId);
		return (id != null) ? menu(id) : Optional.empty();
	}

	public List<Call> calls() {
		synchronized (this.calls) {
			return List.copyOf(this.calls);
		}
	}

	private boolean ready(String id) {
		Menu menu = this.menus.get(id);
		return menu != null && menu.image() != null;
	}

	private static Optional<String> refusal(Menu menu, byte[] image) {
		if (image.length > MAX_IMAGE_BYTES) {
			return Optional.of("The image is larger than 1 MB");
		}
		try {
			var decoded = ImageIO.read(new ByteArrayInputStream(image));
			if (decoded == null || decoded.getWidth() != menu.width() || decoded.getHeight() != menu.height()) {
				return Optional.of("The image does not fit the rich menu's size");
			}
			return Optional.empty();
		}
		catch (IOException ex) {
			return Optional.of("The image cannot be read");
		}
	}

}
