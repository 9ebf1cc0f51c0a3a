/**
 * The shared kernel: small value types every module speaks in (a region's GB/T 2260 code,
 * ...), one helper the modules' repositories share for bulk loads with PostgreSQL
 * {@code COPY}, and a cache of what was read from versioned data. No beans, no tables;
 * every module may use it.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
package io.greenloop.shared;

import org.springframework.modulith.ApplicationModule;
