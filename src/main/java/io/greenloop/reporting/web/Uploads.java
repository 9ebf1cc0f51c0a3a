package io.greenloop.reporting.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded file on disk for the time it is read, so that a large workbook is streamed,
 * never held in memory.
 */
final class Uploads {

	private Uploads() {
	}

	static <T> T withFile(MultipartFile upload, Function<Path, T> reading) {
		Path file = null;
		try {
			file = Files.createTempFile("greenloop-upload", ".xlsx");
			upload.transferTo(file);
			return reading.apply(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the uploaded file", ex);
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					// a temporary file left behind is removed with the temporary
					// directory
				}
			}
		}
	}

	static String name(MultipartFile upload) {
		String name = upload.getOriginalFilename();
		return name == null || name.isBlank() ? "upload.xlsx" : Path.of(name).getFileName().toString();
	}

}
