package io.greenloop.waste.events;

/**
 * A record of the waste registry was added or corrected (an enterprise, site, facility,
 * contact, park, carrier, vehicle or member), for the audit log. Published in the
 * transaction of the change.
 *
 * @param by the account that made the change
 * @param subject what was changed, such as {@code enterprise 12} or
 * {@code vehicle 蒙A12345}
 * @param detail what changed, in words ({@code name: 旧 → 新; ...})
 * @param regionCode the region of the enterprise concerned, if any
 */
public record RegistryChanged(String by, String subject, String detail, String regionCode) {
}
