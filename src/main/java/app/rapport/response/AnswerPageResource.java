package app.rapport.response;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The recipient's answer link: public, authenticated only by its signed token. */
@Path("/a")
@PermitAll
@Tag(name = "Public answer pages")
public class AnswerPageResource {

  private final RecipientAnswers answers;
  private final AnswerPages pages;

  public AnswerPageResource(RecipientAnswers answers, AnswerPages pages) {
    this.answers = answers;
    this.pages = pages;
  }

  @GET
  @Path("/{token}")
  @Operation(summary = "Confirmation page for an answer (records nothing: mail scanners GET links)")
  public Response confirm(@PathParam("token") String token, @QueryParam("choice") String choice) {
    return pages.response(answers.confirmAnswer(token, choice));
  }

  @POST
  @Path("/{token}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(
      summary = "Record the answer (choice=accept|decline); the same answer again is a no-op")
  public Response answer(@PathParam("token") String token, @FormParam("choice") String choice) {
    return pages.response(answers.answer(token, choice));
  }
}
