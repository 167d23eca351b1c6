/**
 * Email delivery channels: turn one outgoing invitation into an SMTP transaction or a {@code .eml}
 * file, and say whether the dispatcher may retry.
 *
 * <p>Plain Java on Jakarta Mail (angus-mail); no CDI, so the lead wraps {@link
 * app.rapport.dispatch.mail.EmailChannel} in a producer. Every value that can reach a header goes
 * through {@link app.rapport.dispatch.mail.HeaderText} or a strict address parse first, and the
 * SMTP envelope names only the one {@code To} recipient.
 */
package app.rapport.dispatch.mail;
