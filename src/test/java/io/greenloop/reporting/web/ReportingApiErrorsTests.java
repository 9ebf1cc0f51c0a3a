package io.greenloop.reporting.web;

import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.ControllerAdviceBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reporting APIs' error answers apply to the reporting APIs: every REST controller of
 * this package, and no other controller (the other modules' APIs, the reporting pages).
 */
@GreenloopTest
class ReportingApiErrorsTests {

	@Autowired
	ApplicationContext context;

	@Test
	void applyToTheReportingApisAndNothingElse() {
		ControllerAdviceBean advice = ControllerAdviceBean.findAnnotatedBeans(this.context)
			.stream()
			.filter(bean -> bean.getBeanType() == ReportingApiErrors.class)
			.findFirst()
			.orElseThrow();
		assertThat(this.context.getBeansWithAnnotation(Controller.class).values()).hasSizeGreaterThan(10)
			.allSatisfy(controller -> {
				Class<?> type = ClassUtils.getUserClass(controller);
				boolean reportingApi = type.getPackageName().equals(ReportingApiErrors.class.getPackageName())
						&& AnnotatedElementUtils.hasAnnotation(type, RestController.class);
				assertThat(advice.isApplicableToBeanType(type)).as(type.getName()).isEqualTo(reportingApi);
			});
	}

}
