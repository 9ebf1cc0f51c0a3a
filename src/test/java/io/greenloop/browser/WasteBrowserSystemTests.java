package io.greenloop.browser;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import io.greenloop.MutableClock;
import io.greenloop.identity.Accounts;
import io.greenloop.identity.Role;
import io.greenloop.region.Organisation;
import io.greenloop.region.Organisations;
import io.greenloop.shared.RegionCode;
import io.greenloop.waste.EnterpriseAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The waste path of issue 7 in a browser, as its users would take it:
 * <ol>
 * <li>自治区生态环境厅's reviewer recomputes Hohhot's 2025 hazardous waste balances and notes the
 * 工业危险废物综合利用率 (and the numbers it is computed from);</li>
 * <li>a producer in 赛罕区 (C2614) files its 2025 management plan listing 900-041-49 for a
 * licensed operator in 东胜区, then on its ledger page records 10 t generated, stored in and
 * stored out; a 出库 of 50 t from the 10 t stored is refused naming the quantity, and
 * writes nothing;</li>
 * <li>the producer drafts a transfer manifest for the stored-out batch (an unknown batch
 * code is refused first, creating no manifest) and issues it;</li>
 * <li>the carrier picks the waste up and delivers it;</li>
 * <li>the operator receives 9.2 t, reports the quantity difference with method R9, and
 * accepts;</li>
 * <li>the difference shows on the manifest for the operator, the producer and the
 * regulator, whose alert queue lists it; the manifest says both ledger records (the
 * producer's 委外利用 of 10 t, the operator's 入库 of 9.2 t) were written;</li>
 * <li>the reviewer recomputes again: the utilisation rate rises to what the producer's 10
 * t utilised off-site make of it, and the Sankey diagram shows at least 10 t flowing from
 * manufacturing (C 制造业) to off-site utilisation (委外利用).</li>
 * </ol>
 * The registry (enterprises, sites, facilities, the licence, the carrier and its vehicle)
 * and the enterprises' accounts are set up directly, as an administrator would have
 * registered them.
 */
@GreenloopTest
class WasteBrowserSystemTests {

	static final AtomicInteger SERIAL = new AtomicInteger((int) (System.currentTimeMillis() % 100_000) * 10);

	static final String BALANCES = "/waste/balances?region=150100&year=2025&kind=HAZARDOUS";

	static final String CODE = "900-041-49";

	static final String NAME = "含有或沾染毒性危险废物的废弃包装物";

	static final String RATE = "#indicators tr[data-kind='HW_UTILISATION_RATE'] ";

	static final Pattern RATE_FORMULA = Pattern
		.compile("综合利用量 ([\\d.]+) 吨 ÷（产生量 ([\\d.]+) 吨 \\+ 综合利用往年贮存量 ([\\d.]+) 吨）");

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	EnterpriseAccess access;

	@Autowired
	JsonMapper json;

	BrowserSession session;

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void openBrowser() throws Exception {
		this.session = BrowserSession.open(this.port);
		this.browser = this.session.driver();
		this.wait = this.session.waits();
	}

	@AfterEach
	void closeBrowserAndResetClock() {
		if (this.session != null) {
			this.session.close();
		}
		this.clock.reset();
	}

	@Test
	void aPlannedLedgeredTransferWithADifferenceShowsForEveryPartyAndMovesTheRegionsIndicators() throws Exception {
		int n = SERIAL.incrementAndGet();
		long sender = enterprise("浏览器测试化工" + n, "150105");
		long site = site(sender, "一号厂区", "150105", "C2614");
		facility(site, "P1", "生产车间", "PRODUCTION", null);
		facility(site, "S1", "危废贮存库", "STORAGE", "50");
		long receiver = enterprise("浏览器测试环保处置" + n, "150602");
		long receiverSite = site(receiver, "综合利用厂", "150602", "N7724");
		facility(receiverSite, "S1", "危废暂存库", "STORAGE", "500");
		String licenceNumber = "内蒙古危废经第W" + n + "号";
		long licence = this.jdbc.sql("""
				INSERT INTO waste.licence (enterprise_id, number, valid_from, valid_to, activities, annual_capacity_t,
				    catalogue_edition)
				VALUES (:e, :number, '2024-01-01', '2029-12-31', '{UTILISATION,DISPOSAL}', 100, '2021') RETURNING id""")
			.param("e", receiver)
			.param("number", licenceNumber)
			.query(Long.class)
			.single();
		this.jdbc.sql("INSERT INTO waste.licence_waste (licence_id, waste_code) VALUES (:l, :c)")
			.param("l", licence)
			.param("c", CODE)
			.update();
		long carrierEnterprise = enterprise("浏览器测试危货运输" + n, "150102");
		long carrier = this.jdbc.sql("""
				INSERT INTO waste.carrier (enterprise_id, permit_number, permit_valid_to)
				VALUES (:e, :permit, '2027-12-31') RETURNING id""")
			.param("e", carrierEnterprise)
			.param("permit", "蒙交运管许可W" + n)
			.query(Long.class)
			.single();
		long vehicle = this.jdbc.sql("""
				INSERT INTO waste.vehicle (carrier_id, plate, permit_number, permit_valid_to)
				VALUES (:c, :plate, :permit, '2027-12-31') RETURNING id""")
			.param("c", carrier)
			.param("plate", "蒙A" + n + "W")
			.param("permit", "道路运输证W" + n)
			.query(Long.class)
			.single();
		Organisation organisation = this.organisations.findOrRegister(RegionCode.of("150100"), "测试企业", "test");
		String senderUser = account(organisation, "wb-sender-" + n, sender);
		String receiverUser = account(organisation, "wb-receiver-" + n, receiver);
		String carrierUser = account(organisation, "wb-carrier-" + n, carrierEnterprise);

		// 1. The regulator's starting point.
		this.session.login("region-reviewer");
		this.browser.get(this.session.url(BALANCES));
		this.session.follow(By.id("recompute"));
		String rateBefore = this.session.text(By.cssSelector(RATE + ".computed"));
		String formulaBefore = this.session.text(By.cssSelector(RATE + "td:last-child"));
		BigDecimal[] totals = totals(formulaBefore);
		BigDecimal expected = totals[0].add(BigDecimal.TEN)
			.multiply(BigDecimal.valueOf(100))
			.divide(totals[1].add(BigDecimal.TEN).add(totals[2]), 2, RoundingMode.HALF_UP);
		this.session.logout();

		// 2. The producer's plan and ledger.
		this.session.login(senderUser);
		this.browser.get(this.session.url("/waste/sites/" + site + "/plans"));
		assertThat(this.browser.findElements(By.id("no-plans"))).isNotEmpty();
		type(By.id("year"), "2025");
		type(By.id("reductionMeasures"), "更换低毒包装，包装物回收复用");
		String line = "#plan-lines tr:first-child ";
		type(By.cssSelector(line + "input[name='lines[0].wasteCode']"), CODE);
		type(By.cssSelector(line + "input[name='lines[0].wasteName']"), NAME);
		type(By.cssSelector(line + "input[name='lines[0].generationT']"), "12");
		type(By.cssSelector(line + "input[name='lines[0].storageT']"), "0");
		type(By.cssSelector(line + "input[name='lines[0].ownTreatmentT']"), "0");
		new Select(this.browser.findElement(By.cssSelector(line + "select[name='lines[0].transferType']")))
			.selectByValue("WITHIN_PROVINCE");
		type(By.cssSelector(line + "input[name='lines[0].transferT']"), "12");
		new Select(this.browser.findElement(By.cssSelector(line + "select[name='lines[0].receiverLicenceId']")))
			.selectByValue(String.valueOf(licence));
		this.session.follow(By.cssSelector("#plan-form button[type='submit']"));
		assertThat(this.browser.findElements(By.id("plan-error"))).as("the plan is filed").isEmpty();
		assertThat(this.browser.getCurrentUrl()).matches(".*/waste/plans/\\d+$");
		assertThat(this.session.text(By.id("filing-number"))).isNotBlank();
		assertThat(this.session.text(By.id("plan-lines"))).contains(CODE, NAME, licenceNumber);

		String generated = "CS" + n + "-G1";
		String stored = "CS" + n + "-R1";
		String out = "CS" + n + "-C1";
		record(site, "GENERATED", generated, "2025-11-17T09:00", "10", Map.of("facilityCode", "P1"));
		record(site, "STORED_IN", stored, "2025-11-17T10:30", "10",
				Map.of("facilityCode", "S1", "sourceBatchCode", generated));
		long written = ledgerCount(site);
		assertThat(written).isEqualTo(2);

		openLedgerForm(site, "STORED_OUT");
		fillLedgerForm(out + "X", "2025-11-19T08:00", "50", Map.of("facilityCode", "S1", "sourceBatchCode", stored));
		this.session.follow(By.id("ledger-save"));
		assertThat(this.session.text(By.cssSelector("#ledger-form-errors li[data-field='quantityT']")))
			.contains("50 t is more than batch " + stored + " (STORED_IN) still holds")
			.containsPattern("still holds: 10(\\.0+)? t of 10(\\.0+)? t, 0(\\.0+)? t already taken out");
		assertThat(this.session.text(By.id("ledger-form-errors"))).contains("记录未保存");
		assertThat(this.browser.findElement(By.id("quantityT")).getAttribute("value")).isEqualTo("50");
		assertThat(ledgerCount(site)).as("the refused 出库 wrote nothing").isEqualTo(written);

		record(site, "STORED_OUT", out, "2025-11-19T08:00", "10",
				Map.of("facilityCode", "S1", "sourceBatchCode", stored, "destination", "委外利用"));
		assertThat(ledgerCount(site)).isEqualTo(3);
		this.browser.get(this.session.url("/waste/sites/" + site + "/ledger"));
		assertThat(this.browser.findElements(By.cssSelector("#ledger-records tbody tr"))).hasSize(3);
		assertThat(this.session.text(By.id("ledger-records"))).contains(generated, stored, out);

		// 3. The manifest: an unknown batch is refused, then the right one is drafted and
		// issued.
		draft(site, licence, carrier, vehicle, "CS" + n + "-NONE");
		assertThat(this.browser.getCurrentUrl()).endsWith("/waste/manifests/new");
		assertThat(this.session.text(By.id("refusal"))).startsWith("sourceBatchCode:")
			.contains("no 出库 or 产生 batch CS" + n + "-NONE of " + CODE);
		assertThat(manifestCount(site)).as("the refused draft created no manifest").isZero();
		draft(site, licence, carrier, vehicle, out);
		assertThat(this.browser.getCurrentUrl()).matches(".*/waste/manifests/\\d+$");
		String manifestUrl = this.browser.getCurrentUrl();
		long manifest = Long.parseLong(manifestUrl.substring(manifestUrl.lastIndexOf('/') + 1));
		assertThat(manifestCount(site)).isEqualTo(1);
		assertThat(state()).isEqualTo("DRAFT");
		assertThat(this.session.text(By.id("manifest-ledger"))).contains(out);
		step("ISSUE");
		assertThat(this.browser.findElements(By.id("check-errors"))).isEmpty();
		assertThat(this.browser.findElements(By.id("refusal"))).isEmpty();
		assertThat(state()).isEqualTo("ISSUED");
		String number = this.session.text(By.id("manifest-number"));
		assertThat(number).matches("2025\\d{10}");
		this.session.logout();

		// 4. The carrier.
		this.session.login(carrierUser);
		this.browser.get(manifestUrl);
		step("PICK_UP");
		assertThat(state()).isEqualTo("IN_TRANSIT");
		step("DELIVER");
		assertThat(state()).isEqualTo("DELIVERED");
		this.session.logout();

		// 5. The operator receives less than was sent, and accepts it.
		this.session.login(receiverUser);
		this.browser.get(manifestUrl);
		String receive = "form[data-step='RECEIVE'] ";
		type(By.cssSelector(receive + "#quantity"), "9.2");
		this.browser.findElement(By.cssSelector(receive + "#d-QUANTITY")).click();
		type(By.cssSelector(receive + "#note"), "过磅9.2吨");
		type(By.cssSelector(receive + "#receive-method"), "R9");
		this.session.follow(By.cssSelector(receive + "button[type='submit']"));
		assertThat(this.browser.findElements(By.id("refusal"))).isEmpty();
		assertThat(state()).isEqualTo("DISCREPANCY");
		assertThat(this.browser.findElements(By.cssSelector("form[data-step='DECIDE']"))).hasSize(1);
		new Select(this.browser.findElement(By.cssSelector("form[data-step='DECIDE'] select[name='decision']")))
			.selectByValue("ACCEPT");
		this.session.follow(By.cssSelector("form[data-step='DECIDE'] button[type='submit']"));
		assertThat(this.browser.findElements(By.id("refusal"))).isEmpty();
		assertThat(state()).isEqualTo("RECEIVED");
		assertDiscrepancy();
		this.session.logout();

		// 6. The difference for the producer and the regulator; the ledger records
		// written.
		this.session.login(senderUser);
		this.browser.get(manifestUrl);
		assertDiscrepancy();
		assertThat(this.session.text(By.id("manifest-ledger"))).contains(out, "已写入移出人委外记录和接受人入库记录");
		assertThat(this.browser.findElements(By.cssSelector("#manifest-ledger .text-danger"))).isEmpty();
		this.session.follow(By.id("ledger-sender"));
		assertThat(this.browser.findElements(By.cssSelector("#ledger-records tbody tr"))).hasSize(4);
		assertThat(this.session.text(By.id("ledger-records"))).contains("WW" + number, "委外利用/处置", number);
		assertThat(this.jdbc
			.sql("""
					SELECT quantity_t FROM waste.ledger_record
					WHERE site_id = :site AND stage = 'OFF_SITE' AND treatment = 'UTILISATION' AND source_batch_code = :out""")
			.param("site", site)
			.param("out", out)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("10");
		assertThat(this.jdbc.sql("""
				SELECT quantity_t FROM waste.ledger_record
				WHERE site_id = :site AND stage = 'STORED_IN' AND manifest_number = :number""")
			.param("site", receiverSite)
			.param("number", number)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("9.2");
		this.session.logout();

		this.session.login("region-reviewer");
		this.browser.get(manifestUrl);
		assertDiscrepancy();
		this.browser.get(this.session.url("/waste/alerts"));
		List<WebElement> alerts = this.browser.findElements(By.cssSelector("#alerts tr[data-kind='DISCREPANCY']"))
			.stream()
			.filter(row -> row.getText().contains(number))
			.toList();
		assertThat(alerts).as("a DISCREPANCY alert for " + number).hasSize(1);
		assertThat(alerts.get(0).getText()).contains("接受人报告差异", "浏览器测试化工" + n, "浏览器测试环保处置" + n);

		// 7. The region's indicator and flows, recomputed.
		this.browser.get(this.session.url(BALANCES));
		this.session.follow(By.id("recompute"));
		String rateAfter = this.session.text(By.cssSelector(RATE + ".computed"));
		assertThat(rateAfter).isNotEqualTo(rateBefore).isEqualTo(expected.toPlainString() + " %");
		if (!"—".equals(rateBefore)) {
			assertThat(new BigDecimal(rateAfter.replace(" %", "")))
				.isGreaterThan(new BigDecimal(rateBefore.replace(" %", "")));
		}
		BigDecimal[] after = totals(this.session.text(By.cssSelector(RATE + "td:last-child")));
		assertThat(after[0]).isEqualByComparingTo(totals[0].add(BigDecimal.TEN));
		assertThat(after[1]).isEqualByComparingTo(totals[1].add(BigDecimal.TEN));
		this.wait
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#flows-chart[data-rendered='true']")));
		JsonNode flows = this.json.readTree(this.browser.findElement(By.id("flows-data")).getAttribute("textContent"));
		BigDecimal offSite = BigDecimal.ZERO;
		for (JsonNode link : flows.get("links")) {
			if ("C 制造业".equals(link.get("source").asString()) && "委外利用".equals(link.get("target").asString())) {
				offSite = offSite.add(link.get("value").decimalValue());
			}
		}
		assertThat(offSite).isGreaterThanOrEqualTo(BigDecimal.TEN);
	}

	private void assertDiscrepancy() {
		String discrepancy = this.session.text(By.id("discrepancy"));
		assertThat(discrepancy).contains("数量不符")
			.containsPattern("转移量（吨） 10(\\.0+)? · 接受量（吨） 9\\.20* · 过磅9\\.2吨")
			.endsWith("· 接受");
		assertThat(this.session.text(By.id("received"))).startsWith("9.2");
	}

	/** 综合利用量, 产生量 and 综合利用往年贮存量 from the indicator's formula (0 when none). */
	private static BigDecimal[] totals(String formula) {
		Matcher matcher = RATE_FORMULA.matcher(formula);
		if (matcher.find()) {
			return new BigDecimal[] { new BigDecimal(matcher.group(1)), new BigDecimal(matcher.group(2)),
					new BigDecimal(matcher.group(3)) };
		}
		assertThat(formula).as("no hazardous waste generated yet").contains("产生量为0");
		return new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
	}

	private void record(long site, String stage, String batch, String at, String tonnes, Map<String, String> fields) {
		openLedgerForm(site, stage);
		fillLedgerForm(batch, at, tonnes, fields);
		this.session.follow(By.id("ledger-save"));
		assertThat(this.browser.findElements(By.id("ledger-form-errors"))).as(stage + " " + batch).isEmpty();
		assertThat(this.browser.findElements(By.id("ledger-recorded"))).isNotEmpty();
		assertThat(this.session.text(By.id("ledger-records"))).contains(batch);
	}

	private void openLedgerForm(long site, String stage) {
		this.browser.get(this.session.url("/waste/sites/" + site + "/ledger"));
		this.session.follow(By.id("new-" + stage));
		assertThat(this.browser.findElement(By.cssSelector("#ledger-form input[name='stage']")).getAttribute("value"))
			.isEqualTo(stage);
	}

	private void fillLedgerForm(String batch, String at, String tonnes, Map<String, String> fields) {
		type(By.id("batchCode"), batch);
		this.session.script("arguments[0].value = arguments[1]", this.browser.findElement(By.id("occurredAt")), at);
		type(By.id("handler"), "王师傅");
		type(By.id("wasteCode"), CODE);
		type(By.id("wasteName"), NAME);
		type(By.id("quantityT"), tonnes);
		type(By.id("containerType"), "吨袋");
		type(By.id("containerCount"), "10");
		fields.forEach((field, value) -> {
			WebElement input = this.browser.findElement(By.id(field));
			if ("select".equals(input.getTagName())) {
				new Select(input).selectByValue(value);
			}
			else {
				type(By.id(field), value);
			}
		});
	}

	private void draft(long site, long licence, long carrier, long vehicle, String batch) {
		this.browser.get(this.session.url("/waste/manifests/new"));
		new Select(this.browser.findElement(By.id("siteId"))).selectByValue(String.valueOf(site));
		new Select(this.browser.findElement(By.id("licenceId"))).selectByValue(String.valueOf(licence));
		type(By.id("wasteCode"), CODE);
		type(By.id("wasteName"), NAME);
		type(By.id("quantity"), "10");
		type(By.id("packaging"), "吨袋");
		this.session.script("arguments[0].value = arguments[1]", this.browser.findElement(By.id("plannedOn")),
				"2025-11-20");
		new Select(this.browser.findElement(By.id("carrier1"))).selectByValue(carrier + ":" + vehicle);
		type(By.id("sourceBatchCode"), batch);
		this.session.follow(By.cssSelector("#manifest-form button[type='submit']"));
	}

	private void step(String step) {
		this.session.follow(By.cssSelector("form[data-step='" + step + "'] button[type='submit']"));
		assertThat(this.browser.findElements(By.id("refusal"))).as(step).isEmpty();
		assertThat(this.browser.findElements(By.id("check-errors"))).as(step).isEmpty();
	}

	private String state() {
		return this.browser.findElement(By.id("manifest-state")).getAttribute("data-state");
	}

	private void type(By by, String text) {
		WebElement input = this.browser.findElement(by);
		input.clear();
		input.sendKeys(text);
	}

	private long ledgerCount(long site) {
		return this.jdbc.sql("SELECT count(*) FROM waste.ledger_record WHERE site_id = :site")
			.param("site", site)
			.query(Long.class)
			.single();
	}

	private long manifestCount(long site) {
		return this.jdbc.sql("SELECT count(*) FROM waste.manifest WHERE sender_site_id = :site")
			.param("site", site)
			.query(Long.class)
			.single();
	}

	private long enterprise(String name, String region) {
		return this.jdbc.sql("""
				INSERT INTO waste.enterprise (credit_code, name, region_code, created_by, created_at)
				VALUES (:code, :name, :region, 'test', now()) RETURNING id""")
			.param("code", "93%016d".formatted(SERIAL.incrementAndGet()))
			.param("name", name)
			.param("region", region)
			.query(Long.class)
			.single();
	}

	private long site(long enterprise, String name, String region, String industry) {
		return this.jdbc.sql("""
				INSERT INTO waste.site (enterprise_id, name, region_code, industry_code)
				VALUES (:e, :name, :region, :industry) RETURNING id""")
			.param("e", enterprise)
			.param("name", name)
			.param("region", region)
			.param("industry", industry)
			.query(Long.class)
			.single();
	}

	private void facility(long site, String code, String name, String kind, String capacity) {
		this.jdbc.sql("""
				INSERT INTO waste.facility (site_id, code, name, kind, capacity_t)
				VALUES (:site, :code, :name, :kind, CAST(:capacity AS numeric))""")
			.param("site", site)
			.param("code", code)
			.param("name", name)
			.param("kind", kind)
			.param("capacity", capacity)
			.update();
	}

	private String account(Organisation organisation, String username, long enterprise) {
		this.accounts.ensure(username, username, Api.DEMO_PASSWORD, organisation, Set.of(Role.ENTERPRISE), false);
		this.access.addMember(username, enterprise);
		return username;
	}

}
