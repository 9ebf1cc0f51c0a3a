package io.greenloop.waste.seed;

import java.util.ArrayList;
import java.util.List;

/**
 * An enterprise of the demonstration data with its one site, as the generator needs it.
 */
final class DemoParty {

	long enterprise;

	long site;

	String name;

	String city;

	String region;

	WasteDemoData.Industry industry;

	List<String> codes = new ArrayList<>();

	String licence;

	long licenceId;

	boolean ownDisposal;

	boolean only2023;

}
