package io.greenloop.portal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What {@code /v3/api-docs} says about Greenloop. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI greenloopOpenApi() {
		return new OpenAPI().info(new Info().title("Greenloop API").version("v1").description("""
				Regions and organisations, plans and their indicator catalogue for Inner Mongolia's green, \
				low-carbon, circular-development system. Errors are RFC 9457 problem details \
				(application/problem+json).""").license(new License().name("Proprietary")));
	}

}
