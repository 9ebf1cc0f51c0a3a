/**
 * The portal: the shell every page shares (layout, navigation, language switch between
 * Chinese and English), the home page, and the way APIs answer errors (RFC 9457 problem
 * details). It reads the other modules through their public services and owns no data.
 */
@ApplicationModule(displayName = "Portal", allowedDependencies = { "shared", "region", "plan" })
package io.greenloop.portal;

import org.springframework.modulith.ApplicationModule;
