package dev.dyad.model;

/** A block of the page that is not part of the article, with the reason it was dropped. */
public record RemovedBlock(String text, String reason) {
    public RemovedBlock {
        if (text == null) {
            throw new IllegalArgumentException("removed text is null");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("removed block without a reason");
        }
    }
}
