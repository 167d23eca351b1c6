package app.rapport.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Keeps {@code /q/metrics} readable by {@code promtool check metrics}: the Prometheus client
 * escapes a double quote in a HELP text as {@code \"}, which the text format (0.0.4) does not allow
 * there, and some built-in JVM meters have quotes in their descriptions ("recent cpu usage"). The
 * quotes become single quotes; names, tags and values are untouched.
 */
public class HelpTextFilter {

  @Produces
  @Singleton
  MeterFilter quotesInHelp() {
    return new MeterFilter() {
      @Override
      public Meter.Id map(Meter.Id id) {
        String description = id.getDescription();
        if (description == null || description.indexOf('"') < 0) {
          return id;
        }
        return new Meter.Id(
            id.getName(),
            Tags.of(id.getTagsAsIterable()),
            id.getBaseUnit(),
            description.replace('"', '\''),
            id.getType());
      }
    };
  }
}
