package io.greenloop.waste.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An edition of the 国家危险废物名录 with the date it came into force: the 2021 edition (部令第15号)
 * in force from 2021-01-01 (第八条); the 2025 edition, in force from 2025-01-01, is not
 * loaded yet.
 *
 * @param name e.g. "2021"
 * @param inForceFrom the date in force
 * @param source the text it was read from
 * @param entries the wastes of the 附表
 * @param exemptions the rows of the 豁免管理清单
 */
public record Edition(String name, LocalDate inForceFrom, String source, List<CatalogueEntry> entries,
		List<Exemption> exemptions) {

}
