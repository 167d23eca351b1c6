package app.rapport.web;

import app.rapport.account.CurrentUser;
import app.rapport.draft.InvitationResource;
import app.rapport.draft.InvitationView;
import app.rapport.draft.Invitations;
import app.rapport.draft.Review;
import app.rapport.platform.problem.ApiError;
import io.quarkus.security.Authenticated;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The decisions on one draft from the review queue: approve (a reason when it has warnings),
 * reject, edit (the guard checks the new text), and the live check while editing. htmx gets the
 * draft's card back to swap in place; a plain form post goes back to the queue.
 */
@Path("/invitations/{id}")
@Authenticated
public class InvitationActions {

  private final Review review;
  private final Invitations invitations;
  private final DraftCards cards;
  private final LiveCheck liveCheck;
  private final CurrentUser user;
  private final Pages pages;
  private final ErrorPages errors;
  private final Validator validator;

  public InvitationActions(
      Review review,
      Invitations invitations,
      DraftCards cards,
      LiveCheck liveCheck,
      CurrentUser user,
      Pages pages,
      ErrorPages errors,
      Validator validator) {
    this.review = review;
    this.invitations = invitations;
    this.cards = cards;
    this.liveCheck = liveCheck;
    this.user = user;
    this.pages = pages;
    this.errors = errors;
    this.validator = validator;
  }

  @POST
  @Path("/approve")
  public Response approve(@PathParam("id") long id, @RestForm String reason, HttpHeaders headers) {
    return decide(id, headers, reason, () -> review.approve(user.id(), id, reason, user.id()));
  }

  @POST
  @Path("/reject")
  public Response reject(@PathParam("id") long id, @RestForm String reason, HttpHeaders headers) {
    return decide(id, headers, reason, () -> review.reject(user.id(), id, reason, user.id()));
  }

  @POST
  @Path("/edit")
  public Response edit(
      @PathParam("id") long id,
      @RestForm String subject,
      @RestForm String body,
      HttpHeaders headers) {
    InvitationResource.EditInput input =
        new InvitationResource.EditInput(blankToNull(subject), body);
    Set<ConstraintViolation<InvitationResource.EditInput>> violations = validator.validate(input);
    if (!violations.isEmpty()) {
      ConstraintViolation<InvitationResource.EditInput> first = violations.iterator().next();
      return refused(
          id,
          headers,
          new ApiError.Invalid("The " + first.getPropertyPath() + " " + first.getMessage() + "."),
          subject,
          body);
    }
    try {
      InvitationView edited = invitations.edit(user.id(), id, input.subject(), body, user.id());
      return answer(edited, headers);
    } catch (ApiError.Invalid | ApiError.Conflict e) {
      return refused(id, headers, e, subject, body);
    }
  }

  /** The guard on the text being typed, not saved: the marked text and findings. */
  @POST
  @Path("/check")
  public Response check(@PathParam("id") long id, @RestForm String subject, @RestForm String body) {
    return pages.fragment("fragments/live-check", liveCheck.check(user.id(), id, subject, body));
  }

  private Response decide(
      long id, HttpHeaders headers, String reason, Supplier<InvitationView> decision) {
    if (reason != null && reason.length() > 1000) {
      return refused(id, headers, new ApiError.Invalid("The reason is too long."), null, null);
    }
    try {
      return answer(decision.get(), headers);
    } catch (ApiError.Invalid | ApiError.Conflict e) {
      return refused(id, headers, e, null, null);
    }
  }

  private Response answer(InvitationView draft, HttpHeaders headers) {
    if (WebPages.isHtmx(headers)) {
      return pages.fragment("fragments/draft-card", cards.card(user.id(), draft));
    }
    return Response.seeOther(
            URI.create("/campaigns/" + draft.campaignId() + "/review#draft-" + draft.id()))
        .build();
  }

  /** The card again with what went wrong (and, for an edit, the text as typed). */
  private Response refused(long id, HttpHeaders headers, ApiError e, String subject, String body) {
    if (!WebPages.isHtmx(headers)) {
      return errors.page(e.status(), e.title(), e.getMessage());
    }
    Model card =
        cards.card(user.id(), invitations.get(user.id(), id)).with("error", e.getMessage());
    if (body != null) {
      card.with("editing", true).with("subjectRaw", subject).with("bodyRaw", body);
    }
    return pages.fragment("fragments/draft-card", card);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
