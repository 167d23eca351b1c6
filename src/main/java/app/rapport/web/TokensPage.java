package app.rapport.web;

import app.rapport.account.Accounts;
import app.rapport.account.CurrentUser;
import app.rapport.account.TokenResource;
import io.quarkus.security.Authenticated;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Personal API tokens: the list, a form for a new one (its secret shown on the answer to that form,
 * once, never in an address), and revoking.
 */
@Path("/tokens")
@Authenticated
public class TokensPage {

  private final Accounts accounts;
  private final CurrentUser user;
  private final Pages pages;
  private final Validator validator;

  public TokensPage(Accounts accounts, CurrentUser user, Pages pages, Validator validator) {
    this.accounts = accounts;
    this.user = user;
    this.pages = pages;
    this.validator = validator;
  }

  @GET
  public Response all() {
    return page(200, new Model(), new FormErrors());
  }

  @POST
  public Response create(@RestForm String name) {
    TokenResource.CreateToken input = new TokenResource.CreateToken(name);
    FormErrors errors = FormErrors.of(validator.validate(input));
    if (!errors.isEmpty()) {
      return page(422, Model.of("name", name), errors);
    }
    Accounts.IssuedToken issued = accounts.issueToken(user.id(), input.name());
    return page(200, Model.of("issued", issued), errors);
  }

  @POST
  @Path("/{id}/revoke")
  public Response revoke(@PathParam("id") long id) {
    accounts.revokeToken(user.id(), id);
    return Response.seeOther(URI.create("/tokens")).build();
  }

  private Response page(int status, Model model, FormErrors errors) {
    List<Model> tokens =
        accounts.tokens(user.id()).stream()
            .map(
                t ->
                    Model.of("id", t.id())
                        .with("name", t.name())
                        .with("prefix", t.prefix())
                        .with("createdAt", Dates.of(t.createdAt()))
                        .with("lastUsedAt", Dates.of(t.lastUsedAt())))
            .toList();
    model.with("tokens", tokens).with("hasTokens", !tokens.isEmpty()).with("errors", errors.view());
    return pages.page(status, "tokens", "API tokens", Section.TOKENS, model);
  }
}
