package nl.omkijken.catalog.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data, never loaded under the production profile.
 *
 * @param scale how many synthetic offerings to add on top of the curated demo offer, for load and search tests
 */
@ConfigurationProperties("omkijken.demo")
record DemoProperties(@DefaultValue("0") int scale) {}
