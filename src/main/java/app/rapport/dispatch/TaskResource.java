package app.rapport.dispatch;

import app.rapport.account.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/tasks")
@Authenticated
@Tag(name = "Dispatch")
public class TaskResource {

  private final Tasks tasks;
  private final CurrentUser user;

  public TaskResource(Tasks tasks, CurrentUser user) {
    this.tasks = tasks;
    this.user = user;
  }

  @GET
  @Path("/today")
  @Operation(
      summary =
          "Today's manual tasks: invitations to send by hand (text and profile link), requests to withdraw")
  public List<Tasks.Task> today() {
    return tasks.today(user.id());
  }

  @POST
  @Path("/{id}/done")
  @Operation(summary = "I sent it: the invitation counts as sent now")
  public Tasks.Task done(@PathParam("id") long id) {
    return tasks.done(user.id(), id, user.id());
  }

  @POST
  @Path("/{id}/skip")
  @Operation(summary = "Not today: back in the queue, the day's quota unit returned")
  public Tasks.Task skip(@PathParam("id") long id) {
    return tasks.skip(user.id(), id, user.id());
  }

  @POST
  @Path("/{id}/withdrawn")
  @Operation(summary = "I withdrew the pending connection request")
  public Tasks.Task withdrawn(@PathParam("id") long id) {
    return tasks.withdrawn(user.id(), id, user.id());
  }
}
