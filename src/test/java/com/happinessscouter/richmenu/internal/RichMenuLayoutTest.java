package com.happinessscouter.richmenu.internal;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import javax.imageio.ImageIO;

import com.happinessscouter.conversation.GuestCommand;
import com.happinessscouter.richmenu.internal.MenuLayout.Cell;
import com.happinessscouter.support.BotBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The rich menu's buttons, where they go, and the image LINE gets. */
class RichMenuLayoutTest {

	private static final List<MenuButton> BUTTONS = Arrays.asList(MenuButton.values());

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4, 5, 6 })
	void cells_tileTheImage_insideItAndWithoutOverlap(int buttons) {
		List<Cell> cells = MenuLayout.cells(buttons);
		int height = MenuLayout.height(buttons);

		assertThat(cells).hasSize(buttons);
		long area = 0;
		for (Cell cell : cells) {
			assertThat(cell.x()).isGreaterThanOrEqualTo(0);
			assertThat(cell.y()).isGreaterThanOrEqualTo(0);
			assertThat(cell.x() + cell.width()).isLessThanOrEqualTo(MenuLayout.WIDTH);
			assertThat(cell.y() + cell.height()).isLessThanOrEqualTo(height);
			assertThat(cell.width()).as("big enough to tap").isGreaterThanOrEqualTo(800);
			area += (long) cell.width() * cell.height();
			for (Cell other : cells) {
				assertThat(cell != other && cell.overlaps(other)).as("%s overlaps %s", cell, other).isFalse();
			}
		}
		assertThat(area).as("every pixel is a button").isEqualTo((long) MenuLayout.WIDTH * height);
	}

	@Test
	void height_isOneRowUpToThreeButtonsAndTwoRowsUpToSix() {
		assertThat(MenuLayout.height(3)).isEqualTo(843);
		assertThat(MenuLayout.height(4)).isEqualTo(1686);
		assertThat(MenuLayout.height(6)).isEqualTo(1686);
		assertThat(MenuLayout.cells(5).subList(0, 3)).allMatch((cell) -> cell.y() == 0);
		assertThatIllegalArgumentException().isThrownBy(() -> MenuLayout.cells(7));
		assertThatIllegalArgumentException().isThrownBy(() -> MenuLayout.cells(0));
	}

	@Test
	void layout_holdsEveryButton_sixAtMost() {
		assertThat(BUTTONS).hasSizeLessThanOrEqualTo(6);
		assertThat(MenuLayout.cells(BUTTONS.size())).hasSize(BUTTONS.size());
	}

	@ParameterizedTest
	@ValueSource(strings = { "i18n/bot.properties", "i18n/bot_en.properties" })
	void everyButton_sendsATextOfItsCommand_andHasALabel(String bundle) {
		Properties texts = BotBundles.load(bundle);
		for (MenuButton button : BUTTONS) {
			assertThat(GuestCommand.of(texts.getProperty(button.textKey()))).as("%s in %s", button, bundle)
				.contains(button.command());
			assertThat(texts.getProperty(button.labelKey())).as("%s label in %s", button, bundle)
				.isNotBlank()
				.hasSizeLessThanOrEqualTo(20);
		}
		assertThat(texts.getProperty("bot.richmenu.chatBar")).isNotBlank().hasSizeLessThanOrEqualTo(14);
	}

	@ParameterizedTest
	@ValueSource(strings = { "i18n/bot.properties", "i18n/bot_en.properties" })
	void image_decodesAtTheDeclaredSize_underOneMegabyte(String bundle) throws IOException {
		Properties texts = BotBundles.load(bundle);

		byte[] png = MenuPainter.png(BUTTONS, (button) -> texts.getProperty(button.labelKey()));

		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image).isNotNull();
		assertThat(image.getWidth()).isEqualTo(MenuLayout.WIDTH);
		assertThat(image.getHeight()).isEqualTo(MenuLayout.height(BUTTONS.size()));
		assertThat(png.length).isLessThan(1024 * 1024);
	}

	@ParameterizedTest
	@ValueSource(strings = { "i18n/bot.properties", "i18n/bot_en.properties" })
	void labels_areDrawnInNotoSansCjk_whichHasEveryGlyphOfThem(String bundle) {
		Properties texts = BotBundles.load(bundle);
		Font font = MenuFonts.bold(128);

		assertThat(font.getFamily()).as("fonts-noto-cjk installed (README, .ci/run, docker/Dockerfile)")
			.isEqualTo("Noto Sans CJK JP");
		for (MenuButton button : BUTTONS) {
			String label = texts.getProperty(button.labelKey());
			assertThat(font.canDisplayUpTo(label)).as("first glyph missing in %s", label).isEqualTo(-1);
		}
	}

	@Test
	void image_drawsEachButtonInItsOwnColour() throws IOException {
		byte[] png = MenuPainter.png(BUTTONS, MenuButton::name);

		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		List<Cell> cells = MenuLayout.cells(BUTTONS.size());
		for (int i = 0; i < BUTTONS.size(); i++) {
			Cell cell = cells.get(i);
			// the disc's edge, left of the pictogram: the button's colour
			int x = cell.x() + cell.width() / 2 - (int) (Math.min(cell.height() * 0.44 * 0.9, cell.width()) * 0.45);
			int y = cell.y() + 28 + (int) ((cell.height() - 56) * 0.36);
			assertThat(image.getRGB(x, y) & 0xFFFFFF).as(BUTTONS.get(i).name()).isEqualTo(BUTTONS.get(i).color());
		}
	}

}
