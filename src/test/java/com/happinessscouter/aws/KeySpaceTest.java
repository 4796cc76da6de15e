package com.happinessscouter.aws;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The key spaces of the one table: declared once, documented as declared. */
class KeySpaceTest {

	private static final Path DATA_MODEL = Path.of("docs/data-model.md");

	@Test
	void dataModelDocumentListsEveryKeySpaceAsDeclared() throws IOException {
		List<String> documented = Files.readAllLines(DATA_MODEL)
			.stream()
			.filter((line) -> line.startsWith("| `") && line.endsWith("|"))
			.toList();
		List<String> declared = Arrays.stream(KeySpace.values()).map(KeySpaceTest::row).toList();
		assertThat(documented).as("the table in %s; as declared it reads:%n%s", DATA_MODEL, String.join("\n", declared))
			.containsExactlyElementsOf(declared);
	}

	@Test
	void noTwoSpacesShareAPartitionAndSortPattern() {
		assertThat(
				Arrays.stream(KeySpace.values()).map((space) -> space.partitionPattern() + " " + space.sortPattern()))
			.doesNotHaveDuplicates();
	}

	@Test
	void everyOwnerIsAModuleOfTheApp() {
		for (KeySpace space : KeySpace.values()) {
			assertThat(Path.of("src/main/java/com/happinessscouter", space.owner(), "package-info.java"))
				.as(space.name())
				.exists();
		}
		for (IndexSpace index : IndexSpace.values()) {
			assertThat(Path.of("src/main/java/com/happinessscouter", index.owner(), "package-info.java"))
				.as(index.name())
				.exists();
		}
	}

	@Test
	void keysAreFilledInOrderAndReadBack() {
		assertThat(KeySpace.PERCEPTUAL_HASH.pk("e1", 2, "ff")).isEqualTo("PHASH#e1#2#ff");
		assertThat(KeySpace.BOARD_BEST.keyWithSort("U1", "e1")).containsEntry("pk", Items.s("BOARD#e1"))
			.containsEntry("sk", Items.s("U1"));
		assertThat(KeySpace.GUEST_SUMMARY.key("U1")).containsEntry("sk", Items.s("SUMMARY"));
		assertThat(KeySpace.GUEST_SUMMARY.idOf("GUEST#U1")).isEqualTo("U1");
		assertThat(KeySpace.BOARD_GUEST.holds("BOARDGUEST#U1")).isTrue();
		assertThat(KeySpace.BOARD_GUEST.holds("BOARD#e1")).isFalse();
		assertThat(IndexSpace.RANK.pk("e1")).isEqualTo("RANK#e1");
		assertThatIllegalArgumentException().isThrownBy(() -> KeySpace.BOARD_BEST.pk());
		assertThatIllegalArgumentException().isThrownBy(() -> KeySpace.TOTALS.pk("extra"));
	}

	private static String row(KeySpace space) {
		String index = space.indexes()
			.stream()
			.map((entry) -> "`" + entry.partitionPattern() + "` / " + entry.sortDescription())
			.collect(Collectors.joining(" or "));
		return "| `" + space.name() + "` | `" + space.partitionPattern() + "` | `" + space.sortPattern() + "` | "
				+ (index.isEmpty() ? "—" : index) + " | " + space.owner() + " |";
	}

}
