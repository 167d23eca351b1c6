package app.rapport.web;

import app.rapport.account.CurrentUser;
import app.rapport.contact.ContactView;
import app.rapport.contact.Contacts;
import app.rapport.contact.ListResource;
import app.rapport.contact.Lists;
import app.rapport.contact.importing.ImportRecords;
import app.rapport.contact.importing.ImportReport;
import app.rapport.platform.problem.ApiError;
import io.quarkus.security.Authenticated;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** Target lists: all of them with a form for a new one, and one list with its contacts. */
@Path("/lists")
@Authenticated
public class ListsPage {

  static final int PAGE_SIZE = 50;

  private final Lists lists;
  private final Contacts contacts;
  private final ImportRecords imports;
  private final CurrentUser user;
  private final Pages pages;
  private final Validator validator;

  public ListsPage(
      Lists lists,
      Contacts contacts,
      ImportRecords imports,
      CurrentUser user,
      Pages pages,
      Validator validator) {
    this.lists = lists;
    this.contacts = contacts;
    this.imports = imports;
    this.user = user;
    this.pages = pages;
    this.validator = validator;
  }

  @GET
  public Response all() {
    return overview(200, new Model(), new FormErrors());
  }

  @POST
  public Response create(@RestForm String name, @RestForm String basis) {
    ListResource.ListInput input = new ListResource.ListInput(name, blankToNull(basis));
    FormErrors errors = FormErrors.of(validator.validate(input));
    if (errors.isEmpty()) {
      try {
        Lists.ListView created = lists.create(user.id(), input.name(), input.basis());
        return Response.seeOther(URI.create("/lists/" + created.id())).build();
      } catch (ApiError.Conflict e) {
        errors.add("name", e.getMessage());
      }
    }
    return overview(422, Model.of("name", name).with("basis", basis), errors);
  }

  @GET
  @Path("/{id}")
  public Response one(
      @PathParam("id") long id, @QueryParam("q") String q, @QueryParam("after") Long after) {
    return list(200, id, q, after, new Model());
  }

  /** The contacts table alone, for the live search. */
  @GET
  @Path("/{id}/contacts")
  public Response contacts(
      @PathParam("id") long id, @QueryParam("q") String q, @QueryParam("after") Long after) {
    lists.get(user.id(), id);
    return pages.fragment("fragments/contacts", table(id, q, after));
  }

  Response list(int status, long id, String q, Long after, Model model) {
    Lists.ListView list = lists.get(user.id(), id);
    List<ImportReport> recent =
        imports.recent(user.id(), 50).stream()
            .filter(report -> report.listId() != null && report.listId() == id)
            .limit(5)
            .toList();
    model
        .with("list", list)
        .with("imports", recent.stream().map(ListsPage::importLine).toList())
        .with("hasImports", !recent.isEmpty())
        .with("modes", ListUpload.modes())
        .with("table", table(id, q, after));
    return pages.page(status, "list", list.name(), Section.LISTS, model);
  }

  private Response overview(int status, Model model, FormErrors errors) {
    List<Lists.ListView> all = lists.all(user.id());
    model.with("lists", all).with("hasLists", !all.isEmpty()).with("errors", errors.view());
    return pages.page(status, "lists", "Lists", Section.LISTS, model);
  }

  private Model table(long listId, String q, Long after) {
    String search = q == null || q.isBlank() ? null : q.strip();
    if (search != null && search.length() > 200) {
      search = search.substring(0, 200);
    }
    Contacts.Page page = contacts.search(user.id(), search, listId, after, PAGE_SIZE);
    return Model.of("listId", listId)
        .with("q", search)
        .with("qParam", search == null ? null : URLEncoder.encode(search, StandardCharsets.UTF_8))
        .with("contacts", page.items().stream().map(ListsPage::row).toList())
        .with("empty", page.items().isEmpty())
        .with("nextAfter", page.nextAfter());
  }

  private static Model row(ContactView c) {
    Model row =
        Model.of("id", c.id())
            .with("name", c.lastName() == null ? c.firstName() : c.firstName() + " " + c.lastName())
            .with("email", c.email())
            .with("profileUrl", c.profileUrl())
            .with("company", c.company())
            .with("title", c.title())
            .with("relationship", FieldNames.of(c.relationship()))
            .with("suppressed", c.suppressed());
    if (!c.hooks().isEmpty()) {
      ContactView.Hook hook = c.hooks().getFirst();
      row.with("context", FieldNames.of(hook.type()))
          .with("contextTitle", hook.title())
          .with("moreHooks", c.hooks().size() > 1 ? c.hooks().size() - 1 : null);
    }
    return row;
  }

  private static Model importLine(ImportReport report) {
    return Model.of("id", report.id())
        .with("fileName", report.fileName())
        .with("refused", report.status() == ImportReport.Status.REFUSED)
        .with("created", report.created())
        .with("updated", report.updated())
        .with("problems", report.problemCount())
        .with("at", Dates.of(report.createdAt()));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
