package app.rapport.guard;

public enum Severity {
  BLOCK,
  WARN
}
