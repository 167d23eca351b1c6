package app.rapport.security;

/**
 * A sweep met an operation, a path variable or a body field it does not know how to exercise. It
 * fails the test on purpose: teach {@link SampleBodies} or {@link Nouns} about it.
 */
final class UnknownOperation extends AssertionError {

  UnknownOperation(String message) {
    super(message);
  }
}
