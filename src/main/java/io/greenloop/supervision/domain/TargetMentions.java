package io.greenloop.supervision.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Which catalogue targets a task evidently serves: those of the same plan whose name, or
 * whose concept's name, the task's name or content states word for word (003-2.20's
 * "组建…粉煤灰综合利用联盟" serves 003-L0118 粉煤灰综合利用联盟). Nothing is inferred from resemblance: a
 * target the task does not name is not linked, and an administrator adds it by hand.
 */
public final class TargetMentions {

	private TargetMentions() {
	}

	/** A catalogue target as the rule reads it. */
	public record Candidate(String code, String planCode, List<String> names) {
	}

	/** A link with the words that make it evident. */
	public record Mention(String targetCode, String words) {
	}

	public static List<Mention> of(String planCode, String name, String content, List<Candidate> candidates) {
		String text = ((name != null) ? name : "") + "\n" + ((content != null) ? content : "");
		List<Mention> mentions = new ArrayList<>();
		for (Candidate candidate : candidates) {
			if (!candidate.planCode().equals(planCode)) {
				continue;
			}
			candidate.names()
				.stream()
				.filter(words -> words != null && words.length() >= 4 && text.contains(words))
				.max((a, b) -> Integer.compare(a.length(), b.length()))
				.ifPresent(words -> mentions.add(new Mention(candidate.code(), words)));
		}
		return mentions;
	}

}
