/**
 * The plans' texts as other modules read them too: a seed document by line with the
 * provenance check ({@link io.greenloop.plan.domain.SeedText}), and the reading of
 * responsibility texts into the bodies they name
 * ({@link io.greenloop.plan.domain.ResponsibilityText}). Plain Java; exposed as the named
 * interface {@code texts} so that every module reads the plans' words the same way.
 */
@NamedInterface("texts")
package io.greenloop.plan.domain;

import org.springframework.modulith.NamedInterface;
