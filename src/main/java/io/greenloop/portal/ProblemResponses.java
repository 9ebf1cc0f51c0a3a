package io.greenloop.portal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Makes the API document say how each operation fails, as it does, rather than "200"
 * alone. What follows from the request's shape and from the security configuration is
 * added here, for every {@code /api/**} operation:
 * <ul>
 * <li>400 when it takes a body, a query parameter or a path variable that must be
 * converted (Spring MVC refuses a malformed one, and {@link ApiErrors} a value the domain
 * refuses);</li>
 * <li>401 (and HTTP Basic as its security) when the security configuration refuses an
 * anonymous caller;</li>
 * <li>403 when it refuses a logged-in caller without roles, when the handler has a
 * {@link PreAuthorize} rule, and for every authenticated request that changes something
 * (a session request without its CSRF token).</li>
 * </ul>
 * What only the handler knows (404, 409, 422, a data-scope 403, 201 or 204) it declares
 * with {@code @ApiResponse}; springdoc then drops its default success response and gives
 * each declared response the handler's return type as content, so the success response is
 * put back (200, with that content) when none is declared, and every 4xx response is
 * given the {@code ProblemDetail} schema as {@code application/problem+json}, as
 * {@link ApiErrors} and the security configuration answer them.
 */
class ProblemResponses implements OpenApiCustomizer {

	static final String PROBLEM_DETAIL = "ProblemDetail";

	static final String BASIC_AUTH = "basicAuth";

	private static final String ROLE = "the caller's role does not allow it";

	private static final String CSRF = "a session request without its CSRF token (HTTP Basic requests need none)";

	private static final Set<PathItem.HttpMethod> SAFE = Set.of(PathItem.HttpMethod.GET, PathItem.HttpMethod.HEAD,
			PathItem.HttpMethod.OPTIONS);

	private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("openapi", "anonymousUser",
			AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

	private static final Authentication WITHOUT_ROLES = UsernamePasswordAuthenticationToken.authenticated("openapi",
			null, List.of());

	private final RequestMappingHandlerMapping mappings;

	private final WebInvocationPrivilegeEvaluator access;

	ProblemResponses(RequestMappingHandlerMapping mappings, WebInvocationPrivilegeEvaluator access) {
		this.mappings = mappings;
		this.access = access;
	}

	@Override
	public void customise(OpenAPI openApi) {
		openApi.getComponents().addSchemas(PROBLEM_DETAIL, problemDetail());
		Map<String, HandlerMethod> handlers = handlers();
		openApi.getPaths().forEach((path, item) -> {
			if (path.startsWith("/api/")) {
				item.readOperationsMap()
					.forEach((method, operation) -> document(path, method, operation,
							handlers.get(method.name() + " " + path)));
			}
		});
		if (openApi.getTags() != null) {
			// the tags come in the order controllers were met, which differs between
			// runs;
			// by name, the document is the same every time
			openApi.getTags().sort(java.util.Comparator.comparing(io.swagger.v3.oas.models.tags.Tag::getName));
		}
	}

	private void document(String path, PathItem.HttpMethod method, Operation operation, HandlerMethod handler) {
		ApiResponses responses = operation.getResponses();
		if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
			responses.addApiResponse("200", new ApiResponse().description("OK").content(inferredContent(responses)));
		}
		if (takesInput(operation)) {
			responses.computeIfAbsent("400", code -> new ApiResponse()
				.description("Bad request: a parameter or the body is missing, malformed or refused"));
		}
		String uri = path.replaceAll("\\{[^}]*}", "1");
		if (!this.access.isAllowed("", uri, method.name(), ANONYMOUS)) {
			operation.addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH));
			responses.computeIfAbsent("401",
					code -> new ApiResponse().description("Not logged in: send HTTP Basic credentials"));
			List<String> refusals = refusals(uri, method, handler, responses.get("403"));
			if (!refusals.isEmpty()) {
				responses.put("403", new ApiResponse().description(String.join("; or ", refusals)));
			}
		}
		responses.forEach((code, response) -> {
			if (code.startsWith("4")) {
				response.setContent(problem());
			}
		});
		operation.setResponses(sorted(responses));
	}

	/** Why a logged-in caller may be refused (403), if it may. */
	private List<String> refusals(String uri, PathItem.HttpMethod method, HandlerMethod handler, ApiResponse declared) {
		List<String> reasons = new ArrayList<>();
		String given = (declared != null) ? declared.getDescription() : "";
		if (!given.isEmpty()) {
			reasons.add(given);
		}
		if (!this.access.isAllowed("", uri, method.name(), WITHOUT_ROLES) || preAuthorized(handler)) {
			reasons.add(ROLE);
		}
		if (!SAFE.contains(method)) {
			reasons.add(CSRF);
		}
		// idempotent: a description composed before already names its reasons
		reasons.removeIf(reason -> !reason.equals(given) && given.toLowerCase(Locale.ROOT).contains(reason));
		if (!reasons.isEmpty()) {
			String first = reasons.get(0);
			reasons.set(0, Character.toUpperCase(first.charAt(0)) + first.substring(1));
		}
		return reasons;
	}

	private static boolean takesInput(Operation operation) {
		return operation.getRequestBody() != null || operation.getParameters() != null && operation.getParameters()
			.stream()
			.anyMatch(parameter -> !"path".equals(parameter.getIn()) || !isString(parameter));
	}

	private static boolean isString(Parameter parameter) {
		Schema<?> schema = parameter.getSchema();
		return schema != null && (schema.getTypes() != null && schema.getTypes().equals(Set.of("string"))
				|| "string".equals(schema.getType())) && schema.getFormat() == null && schema.getEnum() == null;
	}

	private static boolean preAuthorized(HandlerMethod handler) {
		return handler != null && (AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
				|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class));
	}

	/** The handler's return type, which springdoc gives every declared response. */
	private static Content inferredContent(ApiResponses responses) {
		return responses.values()
			.stream()
			.map(ApiResponse::getContent)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	private static Content problem() {
		return new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_DETAIL)));
	}

	private static ApiResponses sorted(ApiResponses responses) {
		ApiResponses sorted = new ApiResponses();
		new TreeMap<>(responses).forEach(sorted::addApiResponse);
		sorted.setExtensions(responses.getExtensions());
		return sorted;
	}

	/** RFC 9457's members; an error may add its own (such as field, problems, code). */
	private static Schema<Object> problemDetail() {
		Schema<Object> problem = object().description("""
				An RFC 9457 problem detail. Some errors add members: field (the field at fault), problems \
				(every problem found, by row and cell where there are any), code (what kind of problem), \
				annotated (where to download the workbook with each problem marked).""");
		problem.addProperty("type",
				string("A URI that identifies the kind of problem; about:blank when none").format("uri"));
		problem.addProperty("title", string("A short summary of the kind of problem"));
		problem.addProperty("status", typed("integer", "The HTTP status code").format("int32"));
		problem.addProperty("detail", string("What went wrong this time, for a person to read"));
		problem.addProperty("instance", string("The path of the request that failed").format("uri-reference"));
		problem.setAdditionalProperties(true);
		return problem;
	}

	private static Schema<Object> object() {
		return typed("object", null);
	}

	private static Schema<Object> string(String description) {
		return typed("string", description);
	}

	private static Schema<Object> typed(String type, String description) {
		Schema<Object> schema = new Schema<>();
		schema.setType(type);
		schema.setTypes(Set.of(type));
		schema.setDescription(description);
		return schema;
	}

	/**
	 * Every handler method, by HTTP method and path pattern, as "GET /api/rules/{code}".
	 */
	private Map<String, HandlerMethod> handlers() {
		Map<String, HandlerMethod> handlers = new HashMap<>();
		this.mappings.getHandlerMethods()
			.forEach((mapping, handler) -> mapping.getPatternValues()
				.forEach(pattern -> mapping.getMethodsCondition()
					.getMethods()
					.forEach(method -> handlers.put(method.name() + " " + pattern, handler))));
		return handlers;
	}

}
