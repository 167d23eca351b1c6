package app.rapport.guard;

public enum Part {
  SUBJECT,
  BODY,
  DRAFT
}
