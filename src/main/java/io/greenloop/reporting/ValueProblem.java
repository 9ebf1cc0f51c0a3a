package io.greenloop.reporting;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Why a value is refused or questioned: which item, which field, which rule, why; and for
 * a workbook, which row and cell.
 *
 * @param itemCode the item
 * @param itemName its name
 * @param field value, numerator, denominator, unit or code
 * @param ruleCode the rule broken
 * @param ruleName the rule's name
 * @param importance ERROR (refused) or WARNING (shown)
 * @param message why, in Chinese
 * @param messageEn why, in English
 * @param row the workbook row, when it came from a workbook
 * @param cell the workbook cell, such as E7
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ValueProblem(String itemCode, String itemName, String field, String ruleCode, String ruleName,
		String importance, String message, String messageEn, Integer row, String cell) {

	public boolean isError() {
		return "ERROR".equals(this.importance);
	}

	public ValueProblem at(int row, String cell) {
		return new ValueProblem(this.itemCode, this.itemName, this.field, this.ruleCode, this.ruleName, this.importance,
				this.message, this.messageEn, row, cell);
	}

}
