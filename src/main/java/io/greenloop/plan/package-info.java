/**
 * Plans and the indicator catalogue: the five policy documents as plans (issuer, number,
 * region, period, base year), every quantified or milestone target they set, typed (unit,
 * comparator, baseline, figure, 约束性/预期性, responsible units), linked to an indicator
 * concept so targets of different plans and regions compare, and traced to the exact
 * words of the seed document it came from. Loaded from
 * {@code src/main/resources/catalogue/} at start-up; read by every module that measures
 * progress.
 */
@ApplicationModule(displayName = "Plans and indicator catalogue", allowedDependencies = { "shared", "region" })
package io.greenloop.plan;

import org.springframework.modulith.ApplicationModule;
