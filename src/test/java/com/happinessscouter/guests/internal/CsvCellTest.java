package com.happinessscouter.guests.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellTest {

	@ParameterizedTest
	@ValueSource(strings = { "=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "＝1+1", "＋1", "－1", "＠SUM(A1)",
			"=HYPERLINK(\"http://x\")" })
	void formulaStarts_getAnApostrophe(String value) {
		assertThat(CsvCell.neutralised(value)).isEqualTo("'" + value);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Hanako", "花子", "a=b", " =1", "1-2", "'quoted", "" })
	void otherText_isLeftAlone(String value) {
		assertThat(CsvCell.neutralised(value)).isEqualTo(value);
	}

	@Test
	void quoted_doublesQuotesAndNeutralises() {
		assertThat(CsvCell.quoted("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(CsvCell.quoted("=cmd|' /C calc'!A0")).isEqualTo("\"'=cmd|' /C calc'!A0\"");
		assertThat(CsvCell.quoted("－100")).isEqualTo("\"'－100\"");
		assertThat(CsvCell.quoted(null)).isEqualTo("\"\"");
	}

}
