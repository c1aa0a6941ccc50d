package org.stancemap.ingest;

import java.time.LocalDate;

/**
 * One article ready for the {@code articles} table. The {@code *Source} fields say where a value
 * came from: {@code manifest} (given with the input), {@code inferred}/{@code text}/{@code url}
 * (guessed from clues) or {@code unknown}.
 */
public record ParsedArticle(
    String articleId,
    String sourceFile,
    String outlet,
    String outletSource,
    String domain,
    String url,
    LocalDate published,
    String publishedSource,
    String title,
    String text,
    String cleanText,
    int nWords) implements ParseResult {}
