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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/campaigns/{campaignId}")
@Authenticated
@Tag(name = "Drafts")
public class DraftResource {

  public record DraftInput(
      Long listId, @Size(max = 100_000) List<@NotNull Long> contactIds, Boolean regenerate) {}

  public record BulkApproveInput(
      Boolean overrideWarnings,
      @Size(max = 1000)
          @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MULTI_LINE_MESSAGE)
          String reason) {}

  private final Drafting drafting;
  private final Invitations invitations;
  private final Review review;
  private final ReviewQueue queue;
  private final CurrentUser user;

  public DraftResource(
      Drafting drafting,
      Invitations invitations,
      Review review,
      ReviewQueue queue,
      CurrentUser user) {
    this.drafting = drafting;
    this.invitations = invitations;
    this.review = review;
    this.queue = queue;
    this.user = user;
  }

  @GET
  @Path("/invitations")
  @Operation(summary = "The campaign's review queue: filters, keyset pages and counts per state")
  public ReviewQueue.Page invitations(
      @PathParam("campaignId") long campaignId,
      @QueryParam("state") InvitationState state,
      @QueryParam("rule") RuleCode rule,
      @QueryParam("severity") Severity severity,
      @QueryParam("contextType") ContextType contextType,
      @QueryParam("after") Long after,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
    return queue.page(
        user.id(),
        new ReviewQueue.Filter(campaignId, state, rule, severity, contextType),
        after,
        limit,
        true);
  }

  @POST
  @Path("/approve")
  @Operation(
      summary =
          "Approve every draft with no findings (or, with overrideWarnings and a reason, with no BLOCK)",
      description = "Answers how many were approved and which were left, and why.")
  public Review.BulkResult approveAll(
      @PathParam("campaignId") long campaignId, @Valid BulkApproveInput body) {
    boolean override = body != null && Boolean.TRUE.equals(body.overrideWarnings());
    return review.approveAll(
        user.id(), campaignId, override, body == null ? null : body.reason(), user.id());
  }

  @POST
  @Path("/drafts")
  @Operation(
      summary = "Draft one invitation per person of a list (or chosen contacts)",
      description =
          "Idempotent. Skipped people are reported with the reason. regenerate=true re-renders untouched drafts.")
  public Drafting.Report draft(
      @PathParam("campaignId") long campaignId, @Valid @NotNull DraftInput body) {
    return drafting.draft(
        user.id(),
        campaignId,
        new Drafting.Request(
            body.listId(), body.contactIds(), Boolean.TRUE.equals(body.regenerate())),
        user.id());
  }

  @GET
  @Path("/audit")
  @Operation(
      summary = "Every transition of the campaign's invitations, oldest first (keyset: after)")
  public List<Invitations.AuditLine> audit(
      @PathParam("campaignId") long campaignId,
      @QueryParam("after") Long after,
      @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(1000) int limit) {
    return invitations.campaignAudit(user.id(), campaignId, after, limit);
  }
}
