package io.greenloop.portal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What {@code /v3/api-docs} says about Greenloop: the API, how a client logs in (HTTP
 * Basic), and the problem details every error is answered with
 * ({@link ProblemResponses}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI greenloopOpenApi() {
		return new OpenAPI().info(new Info().title("Greenloop API").version("v1").description("""
				Regions and organisations, plans and their indicator catalogue for Inner Mongolia's green, \
				low-carbon, circular-development system. Errors are RFC 9457 problem details \
				(application/problem+json).""").license(new License().name("Proprietary")))
			.components(new Components().addSecuritySchemes(ProblemResponses.BASIC_AUTH, new SecurityScheme()
				.type(SecurityScheme.Type.HTTP)
				.scheme("basic")
				.description(
						"An account's username and password; " + "the pages use a login form and a session instead")));
	}

	@Bean
	ProblemResponses problemResponses(
			@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping requestMappingHandlerMapping,
			WebInvocationPrivilegeEvaluator privilegeEvaluator) {
		return new ProblemResponses(requestMappingHandlerMapping, privilegeEvaluator);
	}

}
