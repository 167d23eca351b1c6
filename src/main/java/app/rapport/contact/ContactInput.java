package app.rapport.contact;

import app.rapport.platform.TextRules;
import app.rapport.vocabulary.ContextType;
import app.rapport.vocabulary.Relationship;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A contact as written through the API (create or full update). */
public record ContactInput(
    @NotBlank
        @Size(max = 200)
        @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE)
        String firstName,
    @Size(max = 200)
        @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE)
        String lastName,
    @Email
        @Size(max = 254)
        @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE)
        String email,
    @Size(max = 2000)
        @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE)
        String profileUrl,
    @Size(max = 300)
        @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE)
        String company,
    @Size(max = 300)
        @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE)
        String title,
    @Size(max = 64)
        @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE)
        String timeZone,
    Relationship relationship,
    @Size(max = 50)
        List<
                @NotBlank @Size(max = 60)
                @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE)
                String>
            tags,
    @Size(max = 10_000)
        @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MULTI_LINE_MESSAGE)
        String notes,
    @Size(max = 50) List<@Valid @NotNull HookInput> hooks) {

  /** A context hook as written through the API. */
  public record HookInput(
      @NotNull ContextType type,
      @Size(max = 500)
          @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE)
          String title,
      @Size(max = 2000)
          @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE)
          String url,
      LocalDate publishedOn,
      @Size(max = 4000)
          @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MULTI_LINE_MESSAGE)
          String note) {}
}
