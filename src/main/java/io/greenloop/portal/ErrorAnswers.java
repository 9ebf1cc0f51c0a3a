package io.greenloop.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What the servlet container's errors look like: an error page for a browser, and for any
 * other client (an unknown {@code /api/...} path, a request the dispatcher refuses before
 * any controller) an RFC 9457 problem detail, like every API error.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorAnswers extends BasicErrorController {

	ErrorAnswers(ErrorAttributes errorAttributes, WebProperties web, List<ErrorViewResolver> errorViewResolvers) {
		super(errorAttributes, web.getError(), errorViewResolvers);
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		if (status == HttpStatus.NO_CONTENT) {
			return new ResponseEntity<>(status);
		}
		Map<String, Object> attributes = getErrorAttributes(request,
				ErrorAttributeOptions.of(ErrorAttributeOptions.Include.PATH));
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", status == HttpStatus.NOT_FOUND ? "Nothing is served at " + attributes.get("path")
				: status.getReasonPhrase());
		problem.put("instance", attributes.get("path"));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
