package app.rapport.campaign;

import java.util.List;

/**
 * What a campaign needs to know about templates: which names exist for its owner. Implemented by
 * the drafting feature, which owns the templates (so the two features do not depend on each other
 * in a cycle).
 */
public interface TemplateNames {

  /** The names among {@code names} that the owner cannot use (neither built in nor their own). */
  List<String> unknown(long ownerId, List<String> names);
}
