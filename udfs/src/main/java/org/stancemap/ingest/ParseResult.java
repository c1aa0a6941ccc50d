package org.stancemap.ingest;

/** The outcome of reading one input record: an article, or a rejection with its reason. */
public sealed interface ParseResult permits ParsedArticle, Rejection {}
