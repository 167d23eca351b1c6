package app.rapport.draft;

import app.rapport.account.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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

  public record DraftInput(Long listId, @Size(max = 100_000) List<@NotNull Long> contactIds, Boolean regenerate) {}

  private final Drafting drafting;
  private final Invitations invitations;
  private final CurrentUser user;

  public DraftResource(Drafting drafting, Invitations invitations, CurrentUser user) {
    this.drafting = drafting;
    this.invitations = invitations;
    this.user = user;
  }

  @POST
  @Path("/drafts")
  @Operation(
      summary = "Draft one invitation per person of a list (or chosen contacts)",
      description = "Idempotent. Skipped people are reported with the reason. regenerate=true re-renders untouched drafts.")
  public Drafting.Report draft(@PathParam("campaignId") long campaignId, @Valid @NotNull DraftInput body) {
    return drafting.draft(
        user.id(),
        campaignId,
        new Drafting.Request(body.listId(), body.contactIds(), Boolean.TRUE.equals(body.regenerate())),
        user.id());
  }

  @GET
  @Path("/audit")
  @Operation(summary = "Every transition of the campaign's invitations, oldest first (keyset: after)")
  public List<Invitations.AuditLine> audit(
      @PathParam("campaignId") long campaignId,
      @QueryParam("after") Long after,
      @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(1000) int limit) {
    return invitations.campaignAudit(user.id(), campaignId, after, limit);
  }
}
