package dev.dyad.pipeline;

/** Thrown inside a stage when a document passes a structural limit; the stage turns it into a rejection. */
public final class TooComplexException extends RuntimeException {
    public TooComplexException(String message) {
        super(message);
    }
}
