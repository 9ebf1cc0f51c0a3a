/**
 * The shared kernel: small value types every module speaks in (a region's GB/T 2260 code,
 * ...), one helper the modules' repositories share for bulk loads with PostgreSQL
 * {@code COPY}, a cache of what was read from versioned data, and the problem details
 * every module's API errors answer with. No beans, no tables; every module may use it.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
package io.greenloop.shared;

import org.springframework.modulith.ApplicationModule;
