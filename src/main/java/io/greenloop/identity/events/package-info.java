/** What the identity module tells the others: account changes, for the audit log. */
@NamedInterface("events")
package io.greenloop.identity.events;

import org.springframework.modulith.NamedInterface;
