package io.greenloop.evaluation.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.greenloop.evaluation.domain.Status;

/**
 * The sentences of a report that the numbers can write: how many targets stand where,
 * which lag and who answers for them, what is still to be judged or reported. The rest is
 * left to the people who write the report.
 */
final class Narrative {

	static final String DEMO_NOTE = "含演示数据";

	/** How many codes a follow-up names before it says "等N项" (the table has them all). */
	static final int LISTED = 10;

	private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private Narrative() {
	}

	/** Where the report comes from and what it covers. */
	static String preface(ReportContent content) {
		String preface = "本报告由 Greenloop 根据系统中已审核数据的评估结果于%s自动生成，评估范围为%s（%s），评估方法为规划轨迹法（按基准值至目标值的进度判断状态）。"
			.formatted(GENERATED.format(content.generatedAt()), content.regionName(), content.regionCode());
		if (content.yearOpen()) {
			preface += "%d年尚未结束，数值为截至生成时已审核的最新数据。".formatted(content.year());
		}
		return preface + "标注“（由编写人员填写）”的部分须由编写人员补充。";
	}

	/**
	 * "截至2024年，本规划在呼和浩特市共有N项指标，其中已达标a项、按进度b项……"
	 */
	static String counts(ReportContent content) {
		Map<Status, Long> counts = content.counts();
		String parts = counts.entrySet()
			.stream()
			.map(entry -> entry.getKey().zh() + entry.getValue() + "项")
			.collect(Collectors.joining("、"));
		String sentence = "截至%d年，本规划在%s共有%d项指标，其中%s。".formatted(content.year(), content.regionName(),
				content.lines().size(), parts);
		if (content.unevaluated() > 0) {
			sentence += "本规划另有%d项指标在%s尚无评估结果。".formatted(content.unevaluated(), content.regionName());
		}
		return sentence;
	}

	/**
	 * The lagging targets, the seriously lagging first: a sentence that counts them, then
	 * one paragraph each with its latest value, its target and its responsible units.
	 */
	static List<String> lagging(ReportContent content) {
		List<ReportLine> lagging = content.lines()
			.stream()
			.filter(ReportLine::lagging)
			.sorted(Comparator.comparing(ReportLine::status, Comparator.reverseOrder()))
			.toList();
		if (lagging.isEmpty()) {
			return List.of("截至%d年，本规划没有滞后或严重滞后的指标。".formatted(content.year()));
		}
		Map<Status, Long> counts = content.counts();
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add("滞后和严重滞后的指标共%d项（严重滞后%d项、滞后%d项），请责任单位分析原因，提出整改措施和完成时限：".formatted(lagging.size(),
				counts.get(Status.SERIOUSLY_LAGGING), counts.get(Status.LAGGING)));
		for (int i = 0; i < lagging.size(); i++) {
			ReportLine line = lagging.get(i);
			String value = line.latestValue() == null ? "暂无数值" : "最新值%s%s%s（%d年）".formatted(
					ReportLine.plain(line.latestValue()), line.unit(), line.demo() ? "*" : "", line.latestYear());
			paragraphs.add("（%d）“%s”（%s，%s）：%s，目标%s；责任单位：%s。".formatted(i + 1, line.name(), line.code(),
					line.status().zh(), value, line.target(), line.responsible()));
		}
		return paragraphs;
	}

	/** What still needs people: values to report, judgements to make. */
	static List<String> followUps(ReportContent content) {
		List<String> followUps = new ArrayList<>();
		String noData = codes(content, Status.NO_DATA);
		if (!noData.isEmpty()) {
			followUps.add("无数据的指标（%s）须由数据提供单位报送数值后重新评估。".formatted(noData));
		}
		String judged = codes(content, Status.NEEDS_JUDGEMENT);
		if (!judged.isEmpty()) {
			followUps.add("待人工评定的指标（%s）为定性或里程碑类目标，须由审核人员评定并记录理由。".formatted(judged));
		}
		return followUps;
	}

	/** The demonstration-data warning, when any value is demonstration data. */
	static String demoNote() {
		return "注：本报告" + DEMO_NOTE + "（表中标*的数值），仅用于演示系统功能，不代表实际监测结果，不得作为正式评估依据。";
	}

	/** What the writers are asked to put under an analysis heading. */
	static String placeholder(String heading) {
		return "【此处由编写人员撰写“" + heading + "”，可结合上表和附件工作簿中的数据。】";
	}

	/** The codes of the targets at the status: the first few, then how many in all. */
	private static String codes(ReportContent content, Status status) {
		List<String> codes = content.lines()
			.stream()
			.filter(line -> line.status() == status)
			.map(ReportLine::code)
			.toList();
		String listed = String.join("、", codes.subList(0, Math.min(codes.size(), LISTED)));
		return codes.size() > LISTED ? listed + "等" + codes.size() + "项" : listed;
	}

}
