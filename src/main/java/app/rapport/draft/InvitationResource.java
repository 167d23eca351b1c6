package app.rapport.draft;

import app.rapport.account.CurrentUser;
import app.rapport.draft.lifecycle.InvitationState;
import app.rapport.guard.RuleCode;
import app.rapport.guard.Severity;
import app.rapport.platform.TextRules;
import app.rapport.vocabulary.ContextType;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/invitations")
@Authenticated
@Tag(name = "Invitations")
public class InvitationResource {

  public record EditInput(
      @Size(max = 200)
          @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE)
          String subject,
      @NotBlank
          @Size(max = 10_000)
          @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MULTI_LINE_MESSAGE)
          String body) {}

  public record DecisionInput(
      @Size(max = 1000)
          @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MULTI_LINE_MESSAGE)
          String reason) {}

  private final Invitations invitations;
  private final Review review;
  private final ReviewQueue queue;
  private final CurrentUser user;

  public InvitationResource(
      Invitations invitations, Review review, ReviewQueue queue, CurrentUser user) {
    this.invitations = invitations;
    this.review = review;
    this.queue = queue;
    this.user = user;
  }

  @GET
  @Operation(
      summary =
          "The review queue across campaigns: filters and keyset pages (after = last id seen)")
  public ReviewQueue.Page queue(
      @QueryParam("campaignId") Long campaignId,
      @QueryParam("state") InvitationState state,
      @QueryParam("rule") RuleCode rule,
      @QueryParam("severity") Severity severity,
      @QueryParam("contextType") ContextType contextType,
      @QueryParam("after") Long after,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
      @QueryParam("counts") @DefaultValue("true") boolean counts) {
    return queue.page(
        user.id(),
        new ReviewQueue.Filter(campaignId, state, rule, severity, contextType),
        after,
        limit,
        counts);
  }

  @POST
  @Path("/{id}/approve")
  @Operation(
      summary = "Approve a draft; a WARN needs a reason (recorded), a BLOCK cannot be approved")
  public InvitationView approve(@PathParam("id") long id, @Valid DecisionInput body) {
    return review.approve(user.id(), id, body == null ? null : body.reason(), user.id());
  }

  @POST
  @Path("/{id}/reject")
  public InvitationView reject(@PathParam("id") long id, @Valid DecisionInput body) {
    return review.reject(user.id(), id, body == null ? null : body.reason(), user.id());
  }

  @POST
  @Path("/{id}/unapprove")
  @Operation(summary = "Back to review, while it has not started sending")
  public InvitationView unapprove(@PathParam("id") long id, @Valid DecisionInput body) {
    return review.unapprove(user.id(), id, body == null ? null : body.reason(), user.id());
  }

  @POST
  @Path("/{id}/reopen")
  @Operation(summary = "Bring a rejected draft back to review")
  public InvitationView reopen(@PathParam("id") long id, @Valid DecisionInput body) {
    return review.reopen(user.id(), id, body == null ? null : body.reason(), user.id());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One invitation with its findings and the events allowed now")
  public InvitationView get(@PathParam("id") long id) {
    return invitations.get(user.id(), id);
  }

  @PUT
  @Path("/{id}")
  @Operation(
      summary =
          "Edit the subject and body; the guard checks again and an approved draft goes back to review")
  public InvitationView edit(@PathParam("id") long id, @Valid @NotNull EditInput body) {
    return invitations.edit(user.id(), id, body.subject(), body.body(), user.id());
  }

  @GET
  @Path("/{id}/audit")
  @Operation(summary = "The invitation's audit trail: actor, time, from, to, reason")
  public List<Invitations.AuditLine> audit(@PathParam("id") long id) {
    return invitations.audit(user.id(), id);
  }
}
