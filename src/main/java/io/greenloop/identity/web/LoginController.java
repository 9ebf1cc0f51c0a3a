package io.greenloop.identity.web;

import java.util.Arrays;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page; in the demo profile it lists the demonstration accounts. */
@Controller
class LoginController {

	private final Environment environment;

	LoginController(Environment environment) {
		this.environment = environment;
	}

	@GetMapping("/login")
	String login(Model model) {
		boolean demo = Arrays.asList(this.environment.getActiveProfiles()).contains("demo")
				|| (this.environment.getActiveProfiles().length == 0
						&& Arrays.asList(this.environment.getDefaultProfiles()).contains("demo"));
		model.addAttribute("demo", demo && !Arrays.asList(this.environment.getActiveProfiles()).contains("prod"));
		model.addAttribute("demoPassword", this.environment.getProperty("greenloop.demo.password", "demo1234"));
		return "identity/login";
	}

}
