package app.rapport.contact.csv;

import app.rapport.vocabulary.ContextType;
import java.time.LocalDate;

/**
 * The context hook read from one row: the specific thing (a post, a talk, a mutual connection) that
 * lets an invitation be about this person rather than a blast.
 *
 * @param type never null; OTHER when the row gives a title or URL but no type
 * @param title nullable
 * @param url nullable, an http(s) address
 * @param publishedOn nullable
 * @param note nullable; why the hook is worth mentioning
 */
public record ContextHookRow(
    ContextType type, String title, String url, LocalDate publishedOn, String note) {}
