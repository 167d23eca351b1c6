package app.rapport.draft.template;

import app.rapport.vocabulary.Channel;
import app.rapport.vocabulary.ContextType;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One invitation template: what it is for (context type, channels, kind) and its Mustache text.
 *
 * @param name unique, lower-case words joined by dashes ({@code blog-post-email})
 * @param description one sentence telling the user when to pick it
 * @param contextType the entry point the template is written around (seed 000)
 * @param channels where it can be sent; {@code MANUAL} templates must fit a LinkedIn note
 * @param kind an invitation, or a request to a mutual connection for an introduction
 * @param subject the email subject template; null for templates that are MANUAL only
 * @param requires model paths that must be present for the template to read well
 * @param body the Mustache body
 * @param builtIn shipped with Rapport (read-only) rather than written by the user
 */
public record TemplateDefinition(
    String name,
    String description,
    ContextType contextType,
    Set<Channel> channels,
    TemplateKind kind,
    String subject,
    List<String> requires,
    String body,
    boolean builtIn) {

  public TemplateDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(contextType, "contextType");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(body, "body");
    if (channels == null || channels.isEmpty()) {
      throw new IllegalArgumentException("a template needs at least one channel");
    }
    if (channels.contains(Channel.EMAIL) && (subject == null || subject.isBlank())) {
      throw new IllegalArgumentException("an EMAIL template needs a subject");
    }
    channels = Collections.unmodifiableSet(EnumSet.copyOf(channels));
    requires = requires == null ? List.of() : List.copyOf(requires);
  }

  /** Whether this template may be sent over the given channel. */
  public boolean supports(Channel channel) {
    return channels.contains(channel);
  }
}
