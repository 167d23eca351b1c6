package app.rapport.metrics;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** Sends a served metrics report as the JSON written when it was computed. */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class ServedWriter implements MessageBodyWriter<AcceptanceMetrics.Served> {

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return AcceptanceMetrics.Served.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      AcceptanceMetrics.Served served,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws IOException {
    out.write(served.json());
  }
}
