package app.rapport.web;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The address a person types: their lists are where the work starts. */
@Path("/")
@Authenticated
public class HomePage {

  @GET
  public Response home() {
    return Response.seeOther(URI.create("/lists")).build();
  }
}
