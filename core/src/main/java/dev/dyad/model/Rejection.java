package dev.dyad.model;

/**
 * Why a document could not be processed: a value, counted and reported, never an exception that
 * stops a batch.
 *
 * @param code    a short stable code: {@code empty}, {@code not_text}, {@code bad_encoding},
 *                {@code too_large}, {@code too_complex}, {@code bad_record}, {@code unreadable},
 *                {@code no_article}
 * @param message what a person needs to know to fix the input
 */
public record Rejection(String code, String message) {
    public Rejection {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("rejection code is blank");
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("rejection message is blank");
        }
    }
}
