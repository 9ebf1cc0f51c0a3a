package io.greenloop.waste.seed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Plausible road distances for the demonstration manifests (演示数据): the county seats of
 * Hohhot, Baotou and Ordos with <em>approximate</em> coordinates written from memory (a
 * few kilometres off at best), the great-circle distance between two of them times 1.3
 * for the road, and at least 15 km (a trip within one county). A county not in the table
 * counts as 60 km away. Not survey data: only for the trip-time check to have something
 * sensible to judge.
 */
final class DemoRoutes {

	private record Seat(String name, double lat, double lon) {
	}

	private static final Map<String, Seat> SEATS = Map.ofEntries(Map.entry("150102", new Seat("新城区", 40.86, 111.67)),
			Map.entry("150103", new Seat("回民区", 40.81, 111.62)), Map.entry("150104", new Seat("玉泉区", 40.75, 111.67)),
			Map.entry("150105", new Seat("赛罕区", 40.80, 111.70)), Map.entry("150121", new Seat("土默特左旗", 40.72, 111.16)),
			Map.entry("150122", new Seat("托克托县", 40.28, 111.19)), Map.entry("150123", new Seat("和林格尔县", 40.38, 111.82)),
			Map.entry("150124", new Seat("清水河县", 39.91, 111.68)), Map.entry("150125", new Seat("武川县", 41.10, 111.45)),
			Map.entry("150202", new Seat("东河区", 40.58, 110.04)), Map.entry("150203", new Seat("昆都仑区", 40.66, 109.84)),
			Map.entry("150204", new Seat("青山区", 40.64, 109.90)), Map.entry("150205", new Seat("石拐区", 40.68, 110.27)),
			Map.entry("150206", new Seat("白云鄂博矿区", 41.77, 109.97)), Map.entry("150207", new Seat("九原区", 40.61, 109.96)),
			Map.entry("150221", new Seat("土默特右旗", 40.57, 110.52)), Map.entry("150222", new Seat("固阳县", 41.03, 110.06)),
			Map.entry("150223", new Seat("达尔罕茂明安联合旗", 41.70, 110.43)),
			Map.entry("150602", new Seat("东胜区", 39.82, 109.96)), Map.entry("150603", new Seat("康巴什区", 39.61, 109.86)),
			Map.entry("150621", new Seat("达拉特旗", 40.40, 110.04)), Map.entry("150622", new Seat("准格尔旗", 39.86, 111.24)),
			Map.entry("150623", new Seat("鄂托克前旗", 38.18, 107.48)), Map.entry("150624", new Seat("鄂托克旗", 39.10, 107.98)),
			Map.entry("150625", new Seat("杭锦旗", 39.83, 108.74)), Map.entry("150626", new Seat("乌审旗", 38.60, 108.84)),
			Map.entry("150627", new Seat("伊金霍洛旗", 39.57, 109.75)));

	private static final double ROAD_FACTOR = 1.3;

	private static final double EARTH_RADIUS_KM = 6371;

	private DemoRoutes() {
	}

	/** The road distance (km, one decimal) between two counties' seats. */
	static BigDecimal distance(String from, String to) {
		Seat a = SEATS.get(from);
		Seat b = SEATS.get(to);
		if (a == null || b == null) {
			return BigDecimal.valueOf(60);
		}
		double phi1 = Math.toRadians(a.lat());
		double phi2 = Math.toRadians(b.lat());
		double dPhi = phi2 - phi1;
		double dLambda = Math.toRadians(b.lon() - a.lon());
		double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
				+ Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
		double km = 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h)) * ROAD_FACTOR;
		return BigDecimal.valueOf(Math.max(15, km)).setScale(1, RoundingMode.HALF_UP);
	}

	/** The planned route text: from the one county seat to the other. */
	static String route(String from, String to) {
		return name(from) + "—" + name(to) + "（演示数据，里程为估算）";
	}

	private static String name(String region) {
		Seat seat = SEATS.get(region);
		return seat == null ? region : seat.name();
	}

}
