package io.greenloop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Greenloop: runs and supervises a region's green, low-carbon, circular-development
 * system (绿色低碳循环发展经济体系) as its plans describe it. A modular monolith: one package per
 * business capability, verified by Spring Modulith.
 */
@SpringBootApplication
@EnableScheduling
public class GreenloopApplication {

	public static void main(String[] args) {
		SpringApplication.run(GreenloopApplication.class, args);
	}

}
