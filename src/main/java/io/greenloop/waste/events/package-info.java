/**
 * What the waste module announces to other modules: declarations (申报, HJ 1259—2022 §7)
 * past their due date and not confirmed, and changes of the registry for the audit log.
 */
@NamedInterface("events")
package io.greenloop.waste.events;

import org.springframework.modulith.NamedInterface;
