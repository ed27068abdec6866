package dev.dyad.model;

/** Where an event happened: the words, the gazetteer's name, its country and coordinates (null when unknown). */
public record Place(String text, String name, String country, Double lat, Double lon) {
}
