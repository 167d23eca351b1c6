package app.rapport.response;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The opt-out link, also the target of RFC 8058 one-click unsubscribe: a POST with the body {@code
 * List-Unsubscribe=One-Click}, no cookie and no CSRF token, answers 200.
 */
@Path("/u")
@PermitAll
@Tag(name = "Public answer pages")
public class OptOutPageResource {

  static final String ONE_CLICK = "One-Click";

  private final RecipientAnswers answers;
  private final AnswerPages pages;

  public OptOutPageResource(RecipientAnswers answers, AnswerPages pages) {
    this.answers = answers;
    this.pages = pages;
  }

  @GET
  @Path("/{token}")
  @Operation(summary = "Opt-out confirmation page (records nothing)")
  public Response confirm(@PathParam("token") String token) {
    return pages.response(answers.confirmOptOut(token));
  }

  @POST
  @Path("/{token}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(summary = "Opt out for good and suppress the address (form or RFC 8058 one-click)")
  public Response optOut(
      @PathParam("token") String token, @FormParam("List-Unsubscribe") String listUnsubscribe) {
    return pages.response(answers.optOut(token, ONE_CLICK.equalsIgnoreCase(listUnsubscribe)));
  }
}
