package app.rapport.campaign;

import app.rapport.platform.TextRules;
import app.rapport.vocabulary.Channel;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A campaign as written through the API. Intent, topic and value offered are phrases that templates
 * put inside sentences ("I'm reaching out because {{intent}}"), so no closing full stop.
 */
public record CampaignInput(
    @NotBlank
        @Size(max = 200)
        @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE)
        String name,
    @NotBlank
        @Size(max = 500)
        @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE)
        String intent,
    @NotBlank
        @Size(max = 300)
        @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE)
        String ask,
    @NotNull @Min(5) @Max(240) Integer minutes,
    @NotBlank
        @Size(max = 300)
        @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE)
        String topic,
    @Size(max = 500)
        @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE)
        String valueOffered,
    @NotNull Channel channel,
    @Size(max = 10)
        List<
                @NotBlank @Size(max = 100)
                @Pattern(regexp = "^[a-z0-9][a-z0-9-]*$", message = "must be a template name")
                String>
            templates,
    Boolean strict,
    Boolean introductions,
    @NotBlank
        @Size(max = 120)
        @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE)
        String senderName,
    @Email
        @Size(max = 254)
        @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE)
        String senderEmail,
    @Email
        @Size(max = 254)
        @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE)
        String replyTo,
    @Size(max = 1000)
        @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MULTI_LINE_MESSAGE)
        String signature,
    @Size(max = 500) @Pattern(regexp = "^https?://[^\\s<>\"]+$", message = "must be an http(s) URL")
        String bookingUrl,
    @Min(0) Integer dailyCap,
    LocalTime windowStart,
    LocalTime windowEnd,
    @Size(max = 64) String timeZone,
    @Size(max = 7) Set<DayOfWeek> sendDays,
    @Min(0) @Max(1000) Integer rampStart,
    @Min(0) @Max(1000) Integer rampStep) {}
