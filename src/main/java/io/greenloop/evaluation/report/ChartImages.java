package io.greenloop.evaluation.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import io.greenloop.evaluation.domain.Status;

/**
 * Charts as PNG images for the reports, drawn with Java 2D off screen (no display is
 * needed; Spring Boot runs headless). Labels are drawn in Chinese with a CJK font when
 * one is installed (Debian's fonts-noto-cjk), in English with the default font when not,
 * and left out when no font can be loaded at all: the colours and counts still read
 * against the legend table next to the chart.
 */
final class ChartImages {

	static final int WIDTH = 1200;

	static final int HEIGHT = 600;

	private static final String CHINESE_SAMPLE = "已达标按进度滞后严重无数据待人工评定";

	/** A CJK font installed on this machine, if any; looked up once. */
	private static final Optional<String> CJK_FAMILY = cjkFamily();

	private ChartImages() {
	}

	/** The colour of a status, as the chart and the legend table show it (RRGGBB). */
	static String color(Status status) {
		return switch (status) {
			case ACHIEVED -> "2E7D32";
			case ON_TRACK -> "1E88E5";
			case LAGGING -> "F9A825";
			case SERIOUSLY_LAGGING -> "C62828";
			case NO_DATA -> "9E9E9E";
			case NEEDS_JUDGEMENT -> "7B1FA2";
		};
	}

	/** A bar per status, in the statuses' order, with its count above it. */
	static byte[] statusBars(Map<Status, Long> counts) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, WIDTH, HEIGHT);
			drawBars(g, counts);
		}
		finally {
			g.dispose();
		}
		return png(image);
	}

	private static void drawBars(Graphics2D g, Map<Status, Long> counts) {
		List<Status> statuses = Arrays.asList(Status.values());
		long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
		int left = 60;
		int bottom = HEIGHT - 90;
		int top = 70;
		int slot = (WIDTH - 2 * left) / statuses.size();
		int barWidth = slot * 3 / 5;
		g.setColor(new Color(0x424242));
		g.setStroke(new BasicStroke(2f));
		g.drawLine(left, bottom, WIDTH - left, bottom);
		for (int i = 0; i < statuses.size(); i++) {
			Status status = statuses.get(i);
			long count = counts.getOrDefault(status, 0L);
			int height = (int) Math.round((bottom - top) * (double) count / max);
			int x = left + i * slot + (slot - barWidth) / 2;
			g.setColor(new Color(Integer.parseInt(color(status), 16)));
			g.fillRect(x, bottom - height, barWidth, Math.max(height, count > 0 ? 2 : 0));
			label(g, Long.toString(count), x + barWidth / 2, bottom - height - 14, 34f);
			label(g, CJK_FAMILY.isPresent() ? status.zh() : status.en(), x + barWidth / 2, bottom + 50, 30f);
		}
	}

	/** Text centred on x, or nothing when no font can be loaded here. */
	private static void label(Graphics2D g, String text, int x, int baseline, float size) {
		try {
			g.setFont(new Font(CJK_FAMILY.orElse(Font.SANS_SERIF), Font.PLAIN, 1).deriveFont(size));
			FontMetrics metrics = g.getFontMetrics();
			g.setColor(new Color(0x212121));
			g.drawString(text, x - metrics.stringWidth(text) / 2, baseline);
		}
		catch (RuntimeException | LinkageError ex) {
			// no usable font (a JRE without fontconfig): the bars and the legend table
			// carry it
		}
	}

	private static Optional<String> cjkFamily() {
		try {
			String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
			List<String> preferred = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
					"WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC");
			List<String> installed = Arrays.asList(families);
			return preferred.stream()
				.filter(installed::contains)
				.findFirst()
				.or(() -> installed.stream()
					.filter(family -> new Font(family, Font.PLAIN, 12).canDisplayUpTo(CHINESE_SAMPLE) == -1)
					.findFirst());
		}
		catch (RuntimeException | LinkageError ex) {
			return Optional.empty();
		}
	}

	private static byte[] png(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
