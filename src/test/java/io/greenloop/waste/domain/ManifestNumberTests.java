package io.greenloop.waste.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** 第十五条: year, origin province, origin prefecture, six-digit serial. */
class ManifestNumberTests {

	@Test
	void composesYearProvincePrefectureAndSerial() {
		ManifestNumber number = ManifestNumber.of(2025, "150105", 42);
		assertThat(number.value()).isEqualTo("20251501000042");
		assertThat(number.year()).isEqualTo(2025);
		assertThat(number.provinceCode()).isEqualTo("15");
		assertThat(number.prefectureCode()).isEqualTo("01");
		assertThat(number.serial()).isEqualTo(42);
		assertThat(ManifestNumber.of(2026, "150600", 999_999).value()).isEqualTo("20261506999999");
	}

	@Test
	void refusesWhatIsNotFourteenDigitsOrOutsideAPrefecture() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ManifestNumber("2025150100004"));
		assertThatIllegalArgumentException().isThrownBy(() -> new ManifestNumber("2025150100004A"));
		assertThatIllegalArgumentException().isThrownBy(() -> ManifestNumber.of(2025, "150000", 1));
		assertThatIllegalArgumentException().isThrownBy(() -> ManifestNumber.of(2025, "150100", 1_000_000));
		assertThatIllegalArgumentException().isThrownBy(() -> ManifestNumber.of(2025, "150100", 0));
	}

}
