package app.rapport.guard;

public record Finding(
    RuleCode code, Severity severity, String message, Part part, int start, int end) {}
