package io.greenloop.waste.seed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A demonstration manifest as the ledger records it, with its state. */
final class DemoManifestRow {

	final String number;

	final long senderEnterprise;

	final long senderSite;

	final String originRegion;

	final long receiverEnterprise;

	final long receiverLicence;

	final String destinationRegion;

	final String code;

	final BigDecimal quantity;

	final LocalDate day;

	final long carrier;

	final long vehicle;

	final long carrierEnterprise;

	final String method;

	String state;

	OffsetDateTime delivered;

	OffsetDateTime received;

	BigDecimal receivedQuantity;

	OffsetDateTime closed;

	boolean discrepancy;

	DemoManifestRow(String number, DemoParty sender, DemoParty receiver, String code, BigDecimal quantity,
			LocalDate day, long[] vehicle, String method) {
		this.number = number;
		this.senderEnterprise = sender.enterprise;
		this.senderSite = sender.site;
		this.originRegion = sender.region;
		this.receiverEnterprise = receiver.enterprise;
		this.receiverLicence = receiver.licenceId;
		this.destinationRegion = receiver.region;
		this.code = code;
		this.quantity = quantity;
		this.day = day;
		this.carrier = vehicle[0];
		this.vehicle = vehicle[1];
		this.carrierEnterprise = vehicle[2];
		this.method = method;
	}

}
