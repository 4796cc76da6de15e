package com.happinessscouter.events;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The tables a host writes on the Events page, and how a guest's word finds one. */
class EventTablesTest {

	@Test
	void aCountMeansNumberedTables_andIsWrittenBackAsACount() {
		assertThat(EventTables.parse(" 4 ")).containsExactly("1", "2", "3", "4");
		assertThat(EventTables.parse("４")).containsExactly("1", "2", "3", "4");
		assertThat(EventTables.written(EventTables.parse("4"))).isEqualTo("4");
		assertThat(EventTables.parse("")).isEmpty();
		assertThat(EventTables.parse(null)).isEmpty();
	}

	@Test
	void namesAreSeparatedByCommas_andWrittenBackSo() {
		assertThat(EventTables.parse("花, 鳥、風,月")).containsExactly("花", "鳥", "風", "月");
		assertThat(EventTables.written(List.of("花", "鳥"))).isEqualTo("花, 鳥");
	}

	@Test
	void invalidTablesAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> EventTables.parse("61"))
			.withMessage("events.error.tables");
		assertThatIllegalArgumentException().isThrownBy(() -> EventTables.parse("花, 花"));
		assertThatIllegalArgumentException().isThrownBy(() -> EventTables.parse("Rose, rose"));
		assertThatIllegalArgumentException().isThrownBy(() -> EventTables.parse("花, 7"));
		assertThatIllegalArgumentException().isThrownBy(() -> EventTables.parse("a".repeat(21)));
		assertThatIllegalArgumentException().isThrownBy(() -> EventTables.check(Collections.nCopies(61, "x")));
		assertThat(EventTables.parse("花, 2")).containsExactly("花", "2");
	}

	@Test
	void aGuestFindsATableByNumberOrName() {
		List<String> tables = List.of("花", "Rose", "3");
		assertThat(EventTables.find(tables, "1")).contains(1);
		assertThat(EventTables.find(tables, "２")).contains(2);
		assertThat(EventTables.find(tables, "rose")).contains(2);
		assertThat(EventTables.find(tables, "花")).contains(1);
		assertThat(EventTables.find(tables, "4")).isEmpty();
		assertThat(EventTables.find(tables, "0")).isEmpty();
		assertThat(EventTables.find(tables, "月")).isEmpty();
	}

}
