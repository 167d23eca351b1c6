package app.rapport.response;

import app.rapport.draft.AnswerLinks;
import app.rapport.response.token.AnswerPurpose;
import app.rapport.response.token.AnswerTokens;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answer links as signed tokens under the public URL: {@code /a/{token}?choice=accept|decline} (a
 * confirmation page; only its POST records) and {@code /u/{token}} for opting out. No email address
 * in the URL.
 */
@ApplicationScoped
public class SignedAnswerLinks implements AnswerLinks {

  private final AnswerKeys keys;
  private final String publicUrl;

  public SignedAnswerLinks(
      AnswerKeys keys, @ConfigProperty(name = "rapport.public-url") String publicUrl) {
    this.keys = keys;
    this.publicUrl =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  @Override
  public Links forInvitation(long invitationId) {
    AnswerTokens tokens = keys.tokens();
    String answer = tokens.issue(invitationId, AnswerPurpose.ANSWER);
    String optOut = tokens.issue(invitationId, AnswerPurpose.OPT_OUT);
    return new Links(
        publicUrl + "/a/" + answer + "?choice=accept",
        publicUrl + "/a/" + answer + "?choice=decline",
        publicUrl + "/u/" + optOut);
  }

  @Override
  public Links example() {
    return new Links(
        publicUrl + "/a/preview?choice=accept",
        publicUrl + "/a/preview?choice=decline",
        publicUrl + "/u/preview");
  }
}
