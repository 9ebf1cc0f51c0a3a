/**
 * What the reporting module tells the others: submissions moving through their workflow,
 * and approved values.
 */
@NamedInterface("events")
package io.greenloop.reporting.events;

import org.springframework.modulith.NamedInterface;
