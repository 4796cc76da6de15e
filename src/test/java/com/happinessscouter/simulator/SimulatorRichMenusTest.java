package com.happinessscouter.simulator;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The fake LINE's rich menus refuse what LINE refuses and forget what LINE forgets. */
class SimulatorRichMenusTest {

	private final SimulatorRichMenus menus = new SimulatorRichMenus();

	@Test
	void image_ofAnotherSize_isRefused_andTheMenuCannotBeShownWithoutOne() throws IOException {
		String id = this.menus.create(request(2500, 843));

		assertThat(this.menus.image(id, png(2500, 1686))).contains("The image does not fit the rich menu's size");
		assertThat(this.menus.makeDefault(id)).isFalse();
		assertThat(this.menus.link("U1", id)).isFalse();
		assertThat(this.menus.image(id, png(2500, 843))).isEmpty();
		assertThat(this.menus.makeDefault(id)).isTrue();
	}

	@Test
	void delete_unlinksTheMenuFromEveryone_andTheDefaultGoesToo() throws IOException {
		String first = this.menus.create(request(800, 270));
		String second = this.menus.create(request(800, 270));
		this.menus.image(first, png(800, 270));
		this.menus.image(second, png(800, 270));
		this.menus.makeDefault(first);
		this.menus.link("U1", second);

		assertThat(this.menus.shownTo("U1")).map(SimulatorRichMenus.Menu::id).contains(second);
		assertThat(this.menus.shownTo("U2")).map(SimulatorRichMenus.Menu::id).contains(first);

		this.menus.delete(second);
		assertThat(this.menus.shownTo("U1")).map(SimulatorRichMenus.Menu::id).contains(first);
		this.menus.delete(first);
		assertThat(this.menus.shownTo("U1")).isEmpty();
		assertThat(this.menus.defaultId()).isEmpty();
		assertThat(this.menus.calls()).extracting(SimulatorRichMenus.Call::what)
			.containsExactly("create", "create", "image", "image", "default", "link", "delete", "delete");
	}

	private static ObjectNode request(int width, int height) {
		ObjectNode request = new ObjectMapper().createObjectNode().put("name", "test").put("chatBarText", "Menu");
		request.putObject("size").put("width", width).put("height", height);
		request.putArray("areas");
		return request;
	}

	private static byte[] png(int width, int height) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

}
