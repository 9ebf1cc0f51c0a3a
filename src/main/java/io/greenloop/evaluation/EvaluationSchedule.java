package io.greenloop.evaluation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the whole read model is recomputed: on every start, after the catalogue is loaded
 * (a target added or changed in the catalogue is evaluated at once), and every night, so
 * that a new year is evaluated (as 无数据 until its values come) without anyone asking.
 * Approved values re-evaluate their own targets as they come.
 */
@Component
@Order(400)
class EvaluationSchedule implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(EvaluationSchedule.class);

	private final Evaluations evaluations;

	EvaluationSchedule(Evaluations evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	public void run(ApplicationArguments args) {
		recompute();
	}

	@Scheduled(cron = "0 15 0 * * *", zone = "Asia/Shanghai")
	void recompute() {
		long started = System.nanoTime();
		Evaluations.Recomputed done = this.evaluations.recomputeAll(false);
		log.info(
				"Evaluated every target: {} targets in their regions, {} with changed inputs re-evaluated, {} results "
						+ "written in {} ms",
				done.targets(), done.evaluated(), done.results(), (System.nanoTime() - started) / 1_000_000);
	}

}
