package app.rapport.response;

import app.rapport.account.CurrentUser;
import app.rapport.draft.InvitationView;
import app.rapport.platform.TextRules;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/invitations/{id}/outcome")
@Authenticated
@Tag(name = "Outcomes")
public class OutcomeResource {

  public record OutcomeInput(
      @NotNull Outcome outcome,
      @Size(max = 1000)
          @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MULTI_LINE_MESSAGE)
          String note) {}

  private final Outcomes outcomes;
  private final CurrentUser user;

  public OutcomeResource(Outcomes outcomes, CurrentUser user) {
    this.outcomes = outcomes;
    this.user = user;
  }

  @POST
  @Operation(
      summary =
          "Record an outcome by hand: ACCEPTED, DECLINED, MET, REPLIED or OPTED_OUT, with a note"
              + " (last answer wins, opt-out is final; the same outcome again is a no-op)")
  public InvitationView record(@PathParam("id") long id, @Valid @NotNull OutcomeInput body) {
    return outcomes.record(user.id(), id, body.outcome(), body.note(), user.id());
  }
}
